package dev.quizgen.export;

import dev.quizgen.bank.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File and XML identifiers for a bank's questions: the bank id when it is a plain name
 * ({@code q1}), else {@code item<N>}; unique within the bank either way.
 */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

    private Identifiers() {
    }

    public static List<String> of(List<Question> questions) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).id();
            String candidate = PLAIN.matcher(id).matches() ? id : "item" + (i + 1);
            while (!seen.add(candidate)) {
                candidate = candidate + "_" + (i + 1);
            }
            ids.add(candidate);
        }
        return ids;
    }
}
