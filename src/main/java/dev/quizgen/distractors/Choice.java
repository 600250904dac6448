package dev.quizgen.distractors;

import dev.quizgen.bank.Rejected;
import java.util.List;

/** The distractors picked for one question, and the candidates rejected, with reasons. */
public record Choice(List<Candidate> distractors, List<Rejected> rejected) {
    public Choice {
        distractors = List.copyOf(distractors);
        rejected = List.copyOf(rejected);
    }
}
