package dev.quizgen.export;

import java.util.ArrayList;
import java.util.List;

/** The gaps of a fill-in or cloze stem: {@code _____} (five underscores, SPEC.md). */
public final class Gaps {
    public static final String GAP = "_____";

    private Gaps() {
    }

    /**
     * The text around the gaps: n gaps give n + 1 parts. A run of more than five underscores
     * counts as one gap.
     */
    public static List<String> split(String stem) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = stem.indexOf(GAP, from);
            if (at < 0) {
                parts.add(stem.substring(from));
                return parts;
            }
            parts.add(stem.substring(from, at));
            int end = at + GAP.length();
            while (end < stem.length() && stem.charAt(end) == '_') {
                end++;
            }
            from = end;
        }
    }

    public static int count(String stem) {
        return split(stem).size() - 1;
    }
}
