package dev.quizgen.export.worksheet;

import java.util.Arrays;
import java.util.List;

/**
 * Finds expected text in extracted PDF text. Words must appear in order, but other words may sit
 * between them (a points column or a neighbouring option printed on the same line), at most
 * {@link #MAX_GAP} words apart; line breaks and spacing do not matter.
 */
final class TextMatch {
    static final int MAX_GAP = 12;

    private TextMatch() {
    }

    static List<String> words(String text) {
        // quotation marks (outer or inner, „“ or ‚‘), brackets and list separators belong to the layout
        return Arrays.stream(text.strip().split("[\\s\\u00A0]+")).map(w -> w.replaceAll("[„“”‚‘’\"]|^\\(+|[);]+$", ""))
                .filter(w -> !w.isEmpty()).toList();
    }

    static boolean contains(String haystack, String needle) {
        return contains(words(haystack), words(needle));
    }

    static boolean contains(List<String> hay, List<String> needle) {
        if (needle.isEmpty()) {
            return true;
        }
        for (int start = 0; start < hay.size(); start++) {
            if (!hay.get(start).equals(needle.get(0))) {
                continue;
            }
            int pos = start;
            int matched = 1;
            while (matched < needle.size()) {
                int next = -1;
                for (int j = pos + 1; j <= Math.min(hay.size() - 1, pos + 1 + MAX_GAP); j++) {
                    if (hay.get(j).equals(needle.get(matched))) {
                        next = j;
                        break;
                    }
                }
                if (next < 0) {
                    break;
                }
                pos = next;
                matched++;
            }
            if (matched == needle.size()) {
                return true;
            }
        }
        return false;
    }
}
