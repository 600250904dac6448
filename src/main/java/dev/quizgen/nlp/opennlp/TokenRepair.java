package dev.quizgen.nlp.opennlp;

import dev.quizgen.nlp.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs the tokenizer's output: quotation marks glued to words are split off
 * ({@code „neuen} → {@code „} {@code neuen}), and hyphenated words are joined again
 * ({@code Jong} {@code -un} → {@code Jong-un}; {@code US} {@code -} {@code Präsident}), an English
 * possessive is split off a name ({@code Manning's} → {@code Manning} {@code 's}), a number torn
 * at its decimal comma or before a fraction is joined ({@code 35} {@code ,7%}, {@code 6} {@code ½})
 * and a percent sign is split off its number ({@code 56,2%} → {@code 56,2} {@code %}).
 */
final class TokenRepair {
    private static final String ALWAYS_QUOTES = "„“”\"»«‚‹›";
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile("(?i)(s|t|re|ve|ll|d|m)");

    private TokenRepair() {
    }

    /** Token spans of the sentence {@code sentence}, absolute, repaired. */
    static List<Span> repair(String text, Span sentence, opennlp.tools.util.Span[] raw) {
        List<Span> split = new ArrayList<>(raw.length + 8);
        for (opennlp.tools.util.Span r : raw) {
            int start = sentence.start() + r.getStart();
            int end = sentence.start() + r.getEnd();
            splitQuotes(text, start, end, split);
        }
        return splitPercent(text, joinDecimals(text, joinHyphens(text, split)));
    }

    private static List<Span> joinDecimals(String text, List<Span> in) {
        List<Span> out = new ArrayList<>(in.size());
        for (Span s : in) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (prev.end() == s.start() && prev.of(text).matches("\\d+") && s.of(text).matches("[.,]\\d+%?|[½¼¾⅓⅔]")) {
                    out.set(out.size() - 1, new Span(prev.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static List<Span> splitPercent(String text, List<Span> in) {
        List<Span> out = new ArrayList<>(in.size());
        for (Span s : in) {
            if (s.length() > 1 && s.of(text).matches("\\d+([.,]\\d+)*%")) {
                out.add(new Span(s.start(), s.end() - 1));
                out.add(new Span(s.end() - 1, s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static void splitQuotes(String text, int start, int end, List<Span> out) {
        while (end - start > 1 && isQuote(text, start, start, end)) {
            out.add(new Span(start, start + 1));
            start++;
        }
        List<Span> tail = new ArrayList<>();
        while (end - start > 1) {
            if (isQuote(text, end - 1, start, end)) {
                tail.add(0, new Span(end - 1, end));
                end--;
            } else if (end - start > 2 && isSentencePunct(text.charAt(end - 1)) && isQuote(text, end - 2, start, end - 1)) {
                tail.add(0, new Span(end - 1, end));   // „…“. with the full stop glued on
                end--;
            } else {
                break;
            }
        }
        String word = text.substring(start, end);
        if (word.length() > 3 && Character.isUpperCase(word.charAt(0)) && (word.endsWith("'s") || word.endsWith("’s"))
                && Character.isLetter(word.charAt(word.length() - 3))) {
            out.add(new Span(start, end - 2));   // Manning's → Manning 's
            out.add(new Span(end - 2, end));
        } else {
            out.add(new Span(start, end));
        }
        out.addAll(tail);
    }

    private static boolean isSentencePunct(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** Whether the character at {@code i} of token [tokenStart, tokenEnd) is a quotation mark to split off. */
    private static boolean isQuote(String text, int i, int tokenStart, int tokenEnd) {
        char c = text.charAt(i);
        if (ALWAYS_QUOTES.indexOf(c) >= 0) {
            return true;
        }
        if (c != '‘' && c != '’' && c != '\'') {
            return false;
        }
        if (i == tokenStart) {
            // keep English contractions: 's, 't, 're, 've, 'll, 'd, 'm
            return !CONTRACTION.matcher(text.substring(i + 1, tokenEnd)).matches();
        }
        // at the end: a closing quote, unless it is a plural possessive (players')
        return i == tokenEnd - 1 && text.charAt(i - 1) != 's';
    }

    private static List<Span> joinHyphens(String text, List<Span> in) {
        List<Span> out = new ArrayList<>(in.size());
        for (Span s : in) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (prev.end() == s.start() && joins(text, prev, s)) {
                    out.set(out.size() - 1, new Span(prev.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Two touching tokens form one word when a hyphen stands between letters or digits. */
    private static boolean joins(String text, Span a, Span b) {
        String left = a.of(text);
        String right = b.of(text);
        boolean leftEndsHyphen = left.endsWith("-") && left.length() > 1;
        boolean rightStartsHyphen = right.startsWith("-") && right.length() > 1;
        if (left.equals("-")) {
            // "US" "-" joined already: now the part after the hyphen
            return false;
        }
        if (right.equals("-")) {
            return wordChar(left.charAt(left.length() - 1)) && b.end() < text.length() && wordChar(text.charAt(b.end()));
        }
        if (leftEndsHyphen || rightStartsHyphen) {
            return wordChar(left.charAt(left.length() - (leftEndsHyphen ? 2 : 1)))
                    && wordChar(right.charAt(rightStartsHyphen ? 1 : 0));
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
