package dev.quizgen.facts;

import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DATE and TIME facts: weekdays ({@code am Sonntag}), months ({@code im Februar}), full dates
 * ({@code 27. Juni 2019}, {@code June 27, 2019}), years ({@code 1953}, {@code im Jahr 1953}),
 * year ranges ({@code 1950-53}) and clock times ({@code um 15 Uhr}). The answer is the date
 * itself; {@code phrase} adds its preposition for "Wann …?" questions.
 */
final class DateFacts implements FactExtractor {
    private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");
    private static final Pattern RANGE = Pattern.compile("(1[0-9]{3}|20[0-9]{2})[-–](\\d{2}|\\d{4})");
    private static final Pattern DAY = Pattern.compile("([1-9]|[12][0-9]|3[01])\\.?");
    private static final Pattern YEAR_WORD = Pattern.compile("(?i)Jahre?s?|year");
    private static final Pattern BEFORE_YEAR = Pattern.compile("im|in|seit|bis|jahr|jahre|year");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}([.:]\\d{2})?");
    private static final Set<String> PREPOSITIONS = Set.copyOf(java.util.List.of("am", "an", "im", "in", "seit", "bis", "ab", "um", "vor",
            "nach", "von", "zum", "on", "in", "since", "until", "by", "from", "during", "before", "after"));

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                int[] found = match(doc, t, i);
                if (found == null) {
                    i++;
                    continue;
                }
                int from = found[0];
                int to = found[1];
                String kind = kind(doc, t, from, to);
                if ((isQuantity(doc, t, to) || countsThePluralAfter(t, from, to)) && kind.equals("year")) {
                    i = to;
                    continue;   // "1953 Menschen": a count, not a year
                }
                int phraseFrom = from;
                if (from > 0 && PREPOSITIONS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))) {
                    phraseFrom = from - 1;
                } else if (from > 1 && (YEAR_WORD.matcher(t.get(from - 1).text()).matches())
                        && PREPOSITIONS.contains(t.get(from - 2).text().toLowerCase(Locale.ROOT))) {
                    phraseFrom = from - 2;   // im Jahr 1953
                } else if (from > 1 && t.get(from - 1).is("DET") && PREPOSITIONS.contains(t.get(from - 2).text().toLowerCase(Locale.ROOT))) {
                    phraseFrom = from - 2;
                }
                Map<String, String> slots = new LinkedHashMap<>();
                slots.put("date", s.textOf(from, to));
                slots.put("kind", kind);
                slots.put("phrase", s.textOf(phraseFrom, to));
                if (phraseFrom < from) {
                    slots.put("preposition", t.get(phraseFrom).text());
                }
                FactType type = kind.equals("time") ? FactType.TIME : FactType.DATE;
                out.add(new Fact(type, s.textOf(from, to), s.spanOf(from, to), s.index(), from, to, phraseFrom, to,
                        slots, 0.95));
                i = to;
            }
        }
        return out;
    }

    /** [from, to) of a date starting at i, or null. */
    private static int[] match(Document doc, List<Token> t, int i) {
        Lexicon lex = doc.lexicon();
        String w = t.get(i).text();
        if (!QuantityFacts.hasDigit(w)) {
            // a date without digits is a month or a weekday; the patterns below all need a digit (this runs for every token)
            return lex.isMonth(w) || lex.isWeekday(w) ? wordDate(lex, t, i) : null;
        }
        return numberDate(lex, t, i);
    }

    /** June 27, 2019 | Juni 2019 | Sonntag. */
    private static int[] wordDate(Lexicon lex, List<Token> t, int i) {
        String w = t.get(i).text();
        if (lex.isMonth(w)) {
            int end = i + 1;
            // June 27, 2019 | June 27
            if (end < t.size() && DAY.matcher(t.get(end).text()).matches() && !t.get(end).text().endsWith(".")) {
                end++;
                if (end + 1 < t.size() && t.get(end).text().equals(",") && YEAR.matcher(t.get(end + 1).text()).matches()) {
                    end += 2;
                }
            } else if (end < t.size() && YEAR.matcher(t.get(end).text()).matches()) {
                end++;
            }
            if (w.equals("May") && end == i + 1 && t.get(i).is("AUX")) {
                return null;
            }
            return new int[] {i, end};
        }
        return new int[] {i, i + 1};
    }

    /** 27. Juni 2019 | 1990er Jahre | 1990s | 21. Jahrhundert | 1953 | 1950-53 | 15 Uhr. */
    private static int[] numberDate(Lexicon lex, List<Token> t, int i) {
        String w = t.get(i).text();
        // 27. Juni 2019 | 27 June 2019
        if (DAY.matcher(w).matches() && i + 1 < t.size()) {
            int m = i + 1;
            if (t.get(m).text().equals(".") && m + 1 < t.size()) {
                m++;
            }
            if (lex.isMonth(t.get(m).text())) {
                int end = m + 1;
                if (end < t.size() && YEAR.matcher(t.get(end).text()).matches()) {
                    end++;
                }
                return new int[] {i, end};
            }
        }
        // 90er Jahren, 1930er Jahre | 1990s
        if (w.matches("\\d{2,4}er") && i + 1 < t.size() && t.get(i + 1).text().matches("Jahre|Jahren")) {
            return new int[] {i, i + 2};
        }
        if (w.matches("1?\\d{3}0s|'?\\d0s")) {
            return new int[] {i, i + 1};
        }
        // 21. Jahrhundert | 21st century
        if (w.matches("\\d{1,2}") && i + 2 < t.size() && t.get(i + 1).text().equals(".")
                && t.get(i + 2).text().matches("Jahrhundert|Jahrhunderts|Jh\\.?")) {
            return new int[] {i, i + 3};
        }
        if (w.matches("\\d{1,2}(st|nd|rd|th)") && i + 1 < t.size() && t.get(i + 1).text().matches("century|centuries")) {
            return new int[] {i, i + 2};
        }
        if (RANGE.matcher(w).matches() || YEAR.matcher(w).matches() && t.get(i).is("NUM")) {
            return new int[] {i, i + 1};
        }
        if (YEAR.matcher(w).matches() && i > 0 && BEFORE_YEAR.matcher(t.get(i - 1).text().toLowerCase(Locale.ROOT)).matches()) {
            return new int[] {i, i + 1};
        }
        // 15 Uhr | 15.30 Uhr
        if (CLOCK.matcher(w).matches() && i + 1 < t.size() && t.get(i + 1).text().equals("Uhr")) {
            return new int[] {i, i + 2};
        }
        return null;
    }

    private static String kind(Document doc, List<Token> t, int from, int to) {
        Lexicon lex = doc.lexicon();
        String first = t.get(from).text();
        if (to - from == 2 && t.get(to - 1).text().equals("Uhr")) {
            return "time";
        }
        if (lex.isWeekday(first)) {
            return "weekday";
        }
        if (to - from == 1 && lex.isMonth(first)) {
            return "month";
        }
        if (RANGE.matcher(first).matches() && to - from == 1) {
            return "range";
        }
        if (first.matches("\\d{2,4}er|1?\\d{3}0s|'?\\d0s")) {
            return "decade";
        }
        if (to - from >= 2 && t.get(to - 1).text().matches("Jahrhunderts?|Jh\\.?|century|centuries")) {
            return "century";
        }
        if (to - from == 1) {
            return "year";
        }
        return "date";
    }

    /** Prepositions a year follows: "in 1990 elections were held" keeps its year. */
    private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("in", "im", "since", "seit", "until", "till", "bis",
            "ab", "from", "von", "before", "after", "vor", "nach", "during", "während", "circa", "ca.", "um", "around", "of", "year", "jahr");

    /**
     * "attended by 2000 guests", „von 1500 Soldaten“: a year-like number before a plural noun counts it,
     * unless a determiner ("the 2012 Olympics") or a preposition of time ("in 1990 elections …") stands before it.
     */
    private static boolean countsThePluralAfter(List<Token> t, int from, int to) {
        if (to != from + 1 || to >= t.size() || !t.get(to).is("NOUN")) {
            return false;
        }
        String noun = t.get(to).text();
        String lemma = t.get(to).lemma();
        // a singular ("1990 election"), or a capitalised word in -s that is its own lemma ("2012 Olympics"): no plural count
        if (noun.equals(lemma) || Character.isUpperCase(noun.charAt(0)) && noun.endsWith("s") && lemma.equalsIgnoreCase(noun)) {
            return false;
        }
        if (from == 0) {
            return false;
        }
        Token before = t.get(from - 1);
        return !before.is("DET") && !TIME_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT)) && !before.isPunct();
    }

    private static boolean isQuantity(Document doc, List<Token> t, int next) {
        return next < t.size() && t.get(next).is("NOUN") && doc.lexicon().isUnit(t.get(next).text(), t.get(next).lemma());
    }
}
