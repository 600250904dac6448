package dev.quizgen.bank;

import java.util.List;

/** One gap of a cloze passage: its answer and, optionally, the options offered for it. */
public record Blank(String answer, List<Option> options) {
    public Blank {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
