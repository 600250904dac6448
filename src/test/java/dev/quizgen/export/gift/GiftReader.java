package dev.quizgen.export.gift;

import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.Gaps;
import dev.quizgen.export.HtmlText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads GIFT back into questions, for round-trip tests: titles, stems with the gap where an
 * embedded answer block stood, choices and keys, typed answers, true/false, matching. The
 * comment line quizgen writes before each question ({@code // q5 ordering}) restores the bank id
 * and the types GIFT cannot tell apart (ordering written as matching by position).
 */
public final class GiftReader {
    private GiftReader() {
    }

    public static List<Question> read(String gift) {
        List<Question> out = new ArrayList<>();
        for (String block : gift.replace("\r\n", "\n").split("\n[ \t]*\n")) {
            Question q = question(block);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    static boolean escapedAt(String s, int i) {
        int n = 0;
        for (int k = i - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
            n++;
        }
        return n % 2 == 1;
    }

    static int find(String s, String what, int from) {
        for (int i = s.indexOf(what, from); i >= 0; i = s.indexOf(what, i + 1)) {
            if (!escapedAt(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Undoes GIFT escapes; a backslash before any other character stays. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if ("\\~=#{}:".indexOf(n) >= 0) {
                    b.append(n);
                    i++;
                    continue;
                }
                if (n == 'n') {
                    b.append('\n');
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    static String rich(String s) {
        return HtmlText.unescape(unescape(s));
    }

    static String typed(String s) {
        return unescape(s).replace("\\*", "*");
    }

    /** Splits at every unescaped character of {@code separators}; each part keeps its separator first. */
    static List<String> splitKeeping(String s, String separators) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            if (separators.indexOf(s.charAt(i)) >= 0 && !escapedAt(s, i)) {
                if (start >= 0) {
                    parts.add(s.substring(start, i));
                }
                start = i;
            }
        }
        if (start >= 0) {
            parts.add(s.substring(start));
        }
        return parts;
    }

    /** Text up to an unescaped {@code #} (answer feedback), trimmed. */
    static String beforeFeedback(String s) {
        int hash = find(s, "#", 0);
        return (hash < 0 ? s : s.substring(0, hash)).strip();
    }

    private static Question question(String block) {
        String hintId = null;
        String hintType = null;
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n")) {
            if (line.strip().startsWith("//")) {
                String[] words = line.strip().substring(2).strip().split(" ");
                if (words.length == 2 && QuestionType.fromJsonName(words[1]) != null) {
                    hintId = words[0];
                    hintType = words[1];
                }
            } else if (!line.isBlank()) {
                body.append(body.length() == 0 ? "" : "\n").append(line);
            }
        }
        String text = body.toString().strip();
        if (text.isEmpty() || text.startsWith("$CATEGORY:")) {
            return null;
        }
        String title = null;
        if (text.startsWith("::")) {
            int end = find(text, "::", 2);
            title = rich(text.substring(2, end));
            text = text.substring(end + 2);
        }
        int open = find(text, "{", 0);
        int close = find(text, "}", open + 1);
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException("no answer block in: " + block);
        }
        String before = text.substring(0, open);
        String inside = text.substring(open + 1, close);
        String after = text.substring(close + 1);
        int general = inside.lastIndexOf("####");
        if (general >= 0) {
            inside = inside.substring(0, general);
        }
        inside = inside.strip();
        boolean embedded = !after.isBlank() || "fill_in".equals(hintType);
        String stem = embedded ? (rich(before) + Gaps.GAP + rich(after)).strip() : rich(before).strip();
        String id = hintId != null ? hintId : title == null ? "" : title.split(" ")[0];

        List<Option> options = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        QuestionType type;
        String answer;
        if (List.of("T", "TRUE", "F", "FALSE").contains(beforeFeedback(inside))) {
            type = QuestionType.TRUE_FALSE;
            answer = beforeFeedback(inside).startsWith("T") ? "true" : "false";
        } else if (find(inside, "->", 0) >= 0 && inside.startsWith("=")) {
            type = QuestionType.MATCHING;
            for (String part : splitKeeping(inside, "=")) {
                int arrow = find(part, "->", 0);
                pairs.add(new Pair(rich(part.substring(1, arrow).strip()), unescape(part.substring(arrow + 2).strip())));
            }
            answer = "";
        } else if (find(inside, "~", 0) >= 0) {
            type = embedded ? QuestionType.FILL_IN : QuestionType.MULTIPLE_CHOICE;
            for (String part : splitKeeping(inside, "=~")) {
                options.add(new Option(rich(beforeFeedback(part.substring(1))), part.charAt(0) == '=', null));
            }
            answer = options.stream().filter(Option::correct).map(Option::text).findFirst().orElse("");
        } else {
            type = embedded ? QuestionType.FILL_IN : QuestionType.SHORT_ANSWER;
            for (String part : splitKeeping(inside, "=")) {
                typed.add(typed(beforeFeedback(part.substring(1))));
            }
            answer = typed.isEmpty() ? "" : typed.get(0);
        }
        List<String> items = List.of();
        if ("ordering".equals(hintType) && type == QuestionType.MATCHING) {
            type = QuestionType.ORDERING;
            items = pairs.stream().sorted(Comparator.comparingInt((Pair p) -> Integer.parseInt(p.right())))
                    .map(Pair::left).toList();
            pairs = List.of();
        }
        return new Question(id, type, stem, options, answer, null, null, null, null, List.of(), List.of(),
                pairs, items, typed.size() > 1 ? typed.subList(1, typed.size()) : List.of(), List.of());
    }
}
