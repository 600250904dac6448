package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.nlp.Token;
import dev.quizgen.templates.Draft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wrong dates and amounts of the answer's granularity and form: a year for a year (±1–5, never
 * after the article's time), a weekday for a weekday, a month for a month, a decade for a decade,
 * a century for a century; an amount of the same unit with as many digits, round when the answer
 * is round, under 100 for a percentage, the unit in the plural when the number is no longer one.
 */
final class NumberOptions {
    /** A number: grouped thousands (1.500, 1,500, 162 584), or digits with an optional decimal part. */
    static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[.,'\u00a0\u202f ]\\d{3})+(?![\\d.,]\\d)|\\d+(?:[.,]\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(\\s*[-–]\\s*)(\\d+)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})([-–])(\\d{2,4})");
    private static final Pattern DECADE = Pattern.compile("(')?(\\d{2,4})(er|s)");
    private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})(\\.|st|nd|rd|th)");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})([.:]\\d{2})?");
    private static final Set<String> COUNT_WORDS = Set.of("million", "millions", "billion", "thousand", "hundred", "trillion", "dozen");

    private final Facts facts;
    private final Language language;
    private final List<String> weekdays;
    private final List<String> months;
    private final PersonList lists;

    NumberOptions(Facts facts, List<String> weekdays, List<String> months, PersonList lists) {
        this.facts = facts;
        this.language = facts.text().article().language();
        this.weekdays = weekdays;
        this.months = months;
        this.lists = lists;
    }

    // ------------------------------------------------------------------ dates

    List<Ranked> dates(Draft draft, Random rng) {
        Fact f = draft.fact();
        String kind = f.slot("kind") == null ? "date" : f.slot("kind");
        String answer = draft.answer();
        String date = f.slot("date") != null ? f.slot("date") : f.text();
        String prefix = answer.endsWith(date) ? answer.substring(0, answer.length() - date.length()) : "";
        List<Ranked> out = new ArrayList<>();
        for (Fact other : facts.ofType(f.type())) {
            String od = other.slot("date") != null ? other.slot("date") : other.text();
            if (other == f || !kind.equals(other.slot("kind"))) {
                continue;
            }
            // a century is rebuilt in the answer's words: "17. Jahrhundert" for "19. Jahrhunderts" would show the case is wrong
            String text = kind.equals("century") ? century(date, number(od)) : shape(od).equals(shape(date)) ? od : null;
            if (text == null) {
                continue;
            }
            Ranked r = Ranked.of(prefix + text, "article", 0, distance(date, text));
            if (other.sentence() == f.sentence()) {
                r = Ranked.rejected(prefix + text, "article", 0, "named in the question's sentence too");
            } else if ((kind.equals("year") || kind.equals("date")) && distance(date, text) > DistractorPicker.ERA_YEARS) {
                // "in 2001" (the year a book appeared) for an outbreak in the 15th century: absurd at once
                r = Ranked.rejected(prefix + text, "article", 0, "from another era, more than " + DistractorPicker.ERA_YEARS + " years away");
            }
            out.add(r);
        }
        switch (kind) {
            case "weekday" -> cyclic(out, prefix, weekdays, date, "list:weekdays");
            case "month" -> cyclic(out, prefix, months, date, "list:months");
            case "year" -> {
                int year = Integer.parseInt(date.replaceAll("\\D", ""));
                int latest = latestYear(year);
                for (int delta : shuffled(rng, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5)) {
                    int y = year + delta;
                    if (y <= latest && String.valueOf(y).length() == date.replaceAll("\\D", "").length()) {
                        out.add(Ranked.of(prefix + y, "generated", 1, Math.abs(delta)));
                    }
                }
            }
            case "range" -> {
                Matcher m = YEAR_RANGE.matcher(date);
                if (m.matches()) {
                    int from = Integer.parseInt(m.group(1));
                    int to = m.group(3).length() == 2 ? from / 100 * 100 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3));
                    int width = Math.max(1, to - from);
                    int latest = latestYear(to);
                    for (int k : shuffled(rng, -3, -2, -1, 1, 2, 3)) {
                        int delta = k * (width + 1);   // ranges that do not overlap the answer's
                        int a = from + delta;
                        int b = to + delta;
                        if (b > latest || a <= 0) {
                            continue;
                        }
                        String end = m.group(3).length() == 2 ? (a / 100 == b / 100 ? String.format("%02d", b % 100) : null) : String.valueOf(b);
                        if (end != null) {
                            out.add(Ranked.of(prefix + a + m.group(2) + end, "generated", 1, Math.abs(delta)));
                        }
                    }
                }
            }
            case "decade" -> {
                Matcher m = DECADE.matcher(date);
                if (m.find()) {
                    int decade = Integer.parseInt(m.group(2));
                    int digits = m.group(2).length();
                    for (int k : shuffled(rng, -3, -2, -1, 1, 2, 3)) {
                        int d = decade + 10 * k;
                        if (d < 0 || digits == 2 && d >= 100 || String.valueOf(d).length() != digits && digits != 2
                                || digits == 4 && d > latestYear(decade)) {
                            continue;
                        }
                        String n = digits == 2 ? String.format("%02d", d) : String.valueOf(d);
                        out.add(Ranked.of(prefix + date.substring(0, m.start(2)) + n + date.substring(m.end(2)), "generated", 1, Math.abs(k)));
                    }
                }
            }
            case "century" -> {
                Integer n = number(date);
                if (n != null) {
                    // no century still to come: an article of 2014 gets no "second quarter of the 21st century" for the past
                    int latest = latestYear(n * 100 - 100) / 100 + 1;
                    for (int k : shuffled(rng, -3, -2, -1, 1, 2, 3)) {
                        if (n + k >= 1 && (n + k < latest || n + k == latest && n == latest)) {
                            out.add(Ranked.of(prefix + century(date, n + k), "generated", 1, Math.abs(k)));
                        }
                    }
                }
            }
            case "time" -> {
                Matcher m = CLOCK.matcher(date);
                if (m.lookingAt()) {
                    int hour = Integer.parseInt(m.group(1));
                    for (int k : shuffled(rng, -3, -2, -1, 1, 2, 3)) {
                        if (hour + k >= 0 && hour + k <= 23) {
                            out.add(Ranked.of(prefix + (hour + k) + date.substring(m.end(1)), "generated", 1, Math.abs(k)));
                        }
                    }
                }
            }
            default -> {
                Matcher m = YEAR.matcher(date);
                if (m.find()) {
                    int year = Integer.parseInt(m.group(1));
                    int latest = latestYear(year);
                    for (int delta : shuffled(rng, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5)) {
                        if (year + delta <= latest) {
                            out.add(Ranked.of(prefix + date.substring(0, m.start()) + (year + delta) + date.substring(m.end()), "generated", 1,
                                    Math.abs(delta)));
                        }
                    }
                } else {
                    for (String month : months) {
                        if (containsWord(date, month)) {
                            for (String other : months) {
                                if (!other.equals(month)) {
                                    out.add(Ranked.of(prefix + date.replace(month, other), "generated", 1,
                                            cyclicDistance(months.indexOf(month), months.indexOf(other), 12)));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Weekdays or months from the list, near ones those next to the answer's (Sonntag: Samstag, Montag). */
    private static void cyclic(List<Ranked> out, String prefix, List<String> names, String date, String source) {
        int at = -1;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(date)) {
                at = i;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            out.add(Ranked.of(prefix + names.get(i), source, 1, at < 0 ? 0 : cyclicDistance(at, i, names.size())));
        }
    }

    private static int cyclicDistance(int a, int b, int n) {
        int d = Math.abs(a - b) % n;
        return Math.min(d, n - d);
    }

    /**
     * The latest year a generated option may name: not after the article's own time (its date
     * header, else the latest year it names) when the answer lies before it, so that a death in
     * 1943 does not get a 2031 and an article of 2019 no year still to come.
     */
    private int latestYear(int answer) {
        int latest = -1;
        String date = facts.text().article().date();
        if (date != null && date.length() >= 4) {
            latest = Integer.parseInt(date.substring(0, 4));
        } else {
            for (Fact f : facts.ofType(FactType.DATE)) {
                Matcher m = YEAR.matcher(f.text());
                while (m.find()) {
                    latest = Math.max(latest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return latest >= answer ? latest : Math.max(answer + 5, latest);
    }

    /** "19. Jahrhundert" with another number: the answer's words kept (19th century → 18th century). */
    private static String century(String answer, Integer n) {
        Matcher m = CENTURY.matcher(answer);
        if (n == null || !m.lookingAt()) {
            return null;
        }
        String suffix = m.group(2).equals(".") ? "." : ordinal(n);
        return n + suffix + answer.substring(m.end());
    }

    private static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static Integer number(String s) {
        Matcher m = Pattern.compile("\\d+").matcher(s);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static double distance(String a, String b) {
        Double x = firstNumber(a);
        Double y = firstNumber(b);
        return x == null || y == null ? 0 : Math.abs(x - y);
    }

    /** The form of a date: digits as 9, letters as a: "April 1991" and "31. August 2009" differ. */
    private static String shape(String date) {
        return date.replaceAll("\\d", "9").replaceAll("\\p{L}+", "a");
    }

    /**
     * What a date or amount says, whatever its spelling: "19. Jahrhunderts" and "19. Jahrhundert",
     * "1,4 Millionen" and "1.400.000" say the same. Null when it holds no number, month or weekday.
     */
    String value(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < weekdays.size(); i++) {
            if (containsWord(lower, weekdays.get(i).toLowerCase(Locale.ROOT))) {
                key.append("w").append(i).append(' ');
            }
        }
        for (int i = 0; i < months.size(); i++) {
            if (containsWord(lower, months.get(i).toLowerCase(Locale.ROOT))) {
                key.append("m").append(i).append(' ');
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            double v = parse(m.group());
            int after = m.end();
            String rest = lower.substring(after).strip();
            if (rest.startsWith("million") || rest.startsWith("mio")) {
                v *= 1e6;
            } else if (rest.startsWith("milliard") || rest.startsWith("mrd") || rest.startsWith("billion")) {
                v *= 1e9;
            } else if (rest.startsWith("tausend") || rest.startsWith("thousand")) {
                v *= 1e3;
            }
            key.append(String.format(Locale.ROOT, "%.4f", v)).append(' ');
        }
        return key.length() == 0 ? null : key.toString().strip();
    }

    private static boolean containsWord(String text, String word) {
        return DistractorPicker.containsWords(text, word);
    }

    // ------------------------------------------------------------------ amounts

    private static final Set<String> AGE_WORDS = Set.of("alter", "age", "aged");
    private static final Set<String> YEAR_UNITS = Set.of("jahre", "jahren", "years", "year", "years old");

    /** A person's age: an amount of years with "Alter", "age" or "aged" just before it, or a bare number right after "age". */
    private static boolean isAge(Draft draft, String unit) {
        if (!YEAR_UNITS.contains(unit.toLowerCase(Locale.ROOT)) && !unit.isEmpty()) {
            return false;   // a bare number counts as an age only right after the word: "at age 39"
        }
        if (unit.isEmpty()) {
            int k = draft.fact().fromToken() - 1;
            return k >= 0 && AGE_WORDS.contains(draft.sentence().tokens().get(k).text().toLowerCase(Locale.ROOT));
        }
        var t = draft.sentence().tokens();
        for (int k = Math.max(0, draft.fact().fromToken() - 3); k < draft.fact().fromToken(); k++) {
            if (AGE_WORDS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Same unit from the article (of a similar size), then the answer's number perturbed: same digits, round stays round. */
    List<Ranked> quantities(Draft draft, Random rng) {
        List<Ranked> all = amounts(draft, rng);
        int bound = bound(draft);
        Double target = firstNumber(draft.answer());
        if (bound == 0 || target == null) {
            return all;
        }
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : all) {
            Double v = firstNumber(r.text());
            if (v != null && Math.signum(v - target) == bound) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * +1 when the words before the gap make it a lower bound ("über _____", "more than _____": any
     * smaller option would be true as well), -1 for an upper bound ("unter", "less than"), else 0.
     */
    private static int bound(Draft draft) {
        var t = draft.sentence().tokens();
        int at = draft.fact().fromToken();
        String one = at > 0 ? t.get(at - 1).text().toLowerCase(Locale.ROOT) : "";
        String two = at > 1 ? t.get(at - 2).text().toLowerCase(Locale.ROOT) + " " + one : "";
        if (Set.of("über", "mindestens", "wenigstens", "over", "mehr als", "more than", "at least").contains(one)
                || Set.of("mehr als", "more than", "at least").contains(two)) {
            return 1;
        }
        if (Set.of("unter", "höchstens", "under", "weniger als", "less than", "fewer than", "at most").contains(one)
                || Set.of("weniger als", "less than", "fewer than", "at most").contains(two)) {
            return -1;
        }
        return 0;
    }

    private List<Ranked> amounts(Draft draft, Random rng) {
        String answer = draft.answer();
        Matcher range = RANGE.matcher(answer);
        Matcher m = NUMBER.matcher(answer);
        if (!m.find()) {
            return List.of();
        }
        boolean isRange = range.find() && range.start() == m.start();
        int numberEnd = isRange ? range.end() : m.end();
        String rest = answer.substring(numberEnd);
        String unit = rest.strip();
        String gap = rest.substring(0, rest.length() - rest.stripLeading().length());   // "12%" vs "12 %"
        String prefix = answer.substring(0, m.start());
        boolean percent = unit.equals("%") || unit.equalsIgnoreCase("Prozent") || unit.equalsIgnoreCase("percent");
        double target = parse(m.group());
        List<Ranked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // a bare number of the article counts something else ("38" an age, "118" tackles beside a sack total): only
        // amounts of the same unit come from the article
        for (Fact f : unit.isEmpty() ? List.<Fact>of() : facts.ofType(FactType.QUANTITY)) {
            Matcher o = NUMBER.matcher(f.text());
            if (!o.find() || f.text().substring(0, o.start()).strip().length() > 0) {
                continue;
            }
            Matcher or = RANGE.matcher(f.text());
            boolean otherRange = or.find() && or.start() == o.start();
            int end = otherRange ? or.end() : o.end();
            double value = parse(o.group());
            if (otherRange == isRange && f.text().substring(end).strip().equals(unit) && value >= target / 5 && value <= target * 5
                    && seen.add(f.text().substring(0, end))) {
                out.add(Ranked.of(prefix + f.text().substring(0, end) + gap + unit, "article", 0, Math.abs(value - target)));
            }
        }
        if (isAge(draft, unit)) {
            return out;   // "im Alter von 38 Jahren": a made-up age is often ruled out by the article ("the oldest, at 39")
        }
        String number = m.group();
        String pluralUnit = unit;
        if (!isRange && number.equals("1") && !unit.isEmpty()) {
            pluralUnit = plural(unit, draft);
            if (pluralUnit == null) {
                return out;   // "1 Jahr": other numbers need the plural, and its case is unclear
            }
        }
        List<long[]> numbers = new ArrayList<>();   // {from, to} of each generated option (to = from for a single number)
        if (isRange) {
            long from = Long.parseLong(range.group(1));
            long to = Long.parseLong(range.group(3));
            long width = Math.max(1, to - from);
            long round = roundness(from, to);
            long step = width % round == 0 && round > 1 ? width : width + 1;   // 100–150 → 150–200; 27-30 → 31-34
            for (int k : shuffled(rng, -3, -2, -1, 1, 2, 3)) {
                long a = from + k * step;
                long b = to + k * step;
                if (a > 0 && (!percent || b < 100) && String.valueOf(a).length() == range.group(1).length()) {
                    out.add(Ranked.of(prefix + a + range.group(2) + b + gap + unit, "generated", 1, Math.abs(k * step)));
                }
            }
            return out;
        }
        List<String> texts = new ArrayList<>();
        if (number.matches("\\d+")) {
            for (long v : perturb(Long.parseLong(number), rng)) {
                texts.add(String.valueOf(v));
            }
        } else if (number.matches("\\d{1,3}(?:[.,'\u00a0\u202f ]\\d{3})+")) {
            char sep = number.charAt(number.length() - 4);
            for (long v : perturb(Long.parseLong(number.replaceAll("\\D", "")), rng)) {
                texts.add(group(v, sep));
            }
        } else {
            char sep = number.contains(",") ? ',' : '.';
            int decimals = number.length() - number.indexOf(sep) - 1;
            for (double factor : new double[] {0.5, 0.8, 1.2, 1.5, 2}) {
                texts.add(String.format(Locale.ROOT, "%." + decimals + "f", target * factor).replace('.', sep));
            }
        }
        for (String n : texts) {
            double v = parse(n);
            if (percent && (v >= 100 || v <= 0) || v == 1 && !unit.isEmpty()) {
                continue;   // no 140 % of anything; no "1 Millionen"
            }
            out.add(Ranked.of(prefix + n + gap + pluralUnit, "generated", 1, Math.abs(v - target)));
        }
        return out;
    }

    /** The size of the rounding a number shows: 100 for 1500, 1 for 1543. */
    private static long roundness(long... values) {
        long round = 1;
        while (true) {
            long next = round * 10;
            boolean all = true;
            for (long v : values) {
                all &= v % next == 0 && v > 0;
            }
            if (!all) {
                return round;
            }
            round = next;
        }
    }

    /** The unit after "1" in the plural, for "2": Million → Millionen, mile → miles; null when it cannot tell. */
    private String plural(String unit, Draft draft) {
        String word = unit.split(" ")[0];
        String tail = unit.substring(word.length());
        if (language == Language.EN) {
            String w = word.toLowerCase(Locale.ROOT);
            if (COUNT_WORDS.contains(w) || !word.matches("\\p{L}+")) {
                return unit;   // 2 million
            }
            String p = w.endsWith("y") && !w.matches(".*[aeiou]y") ? word.substring(0, word.length() - 1) + "ies"
                    : w.matches(".*(s|sh|ch|x|z)") ? word + "es" : word + "s";
            return p + tail;
        }
        GermanLexicon german = lists.german();
        Set<String> cases = new HashSet<>();
        String lemma = null;
        String gender = null;
        for (Reading r : german.readings(word)) {
            if (r.tagStarts("SUB") && r.has("SIN")) {
                for (String c : List.of("NOM", "AKK", "DAT", "GEN")) {
                    if (r.has(c)) {
                        cases.add(c);
                    }
                }
                lemma = r.lemma();
                for (String g : List.of("MAS", "FEM", "NEU")) {
                    gender = r.has(g) ? g : gender;
                }
            }
        }
        if (lemma == null || gender == null) {
            return null;
        }
        // a preposition right before the number narrows the case: "mit 1 Million" → dative
        List<Token> t = draft.sentence().tokens();
        int before = draft.fact().fromToken() - 1;
        if (before >= 0) {
            Set<String> governed = new HashSet<>();
            for (Reading r : german.readings(t.get(before).text().toLowerCase(Locale.GERMAN))) {
                if (r.tagStarts("PRP")) {
                    for (String p : r.tag().split("[:+]")) {
                        governed.add(p);
                    }
                }
            }
            if (!governed.isEmpty()) {
                cases.retainAll(governed);
            }
        }
        Set<String> forms = new HashSet<>();
        for (String c : cases) {
            forms.addAll(german.forms(lemma, "SUB:" + c + ":PLU:" + gender));
        }
        return forms.size() == 1 ? forms.iterator().next() + tail : null;
    }

    private static List<Long> perturb(long value, Random rng) {
        List<Long> out = new ArrayList<>();
        int digits = String.valueOf(value).length();
        long step;
        if (value >= 10 && value % 10 == 0) {
            long round = 10;
            while (value % (round * 10) == 0 && round * 10 < value) {
                round *= 10;
            }
            // round stays round, and steps are about a tenth of the value: 674,000 → 607,000, not 675,000
            step = Math.max(round, value / 10 / round * round);
        } else {
            step = Math.max(1, value / 10);
        }
        for (int k : shuffled(rng, -3, -2, -1, 1, 2, 3, 4)) {
            long v = value + k * step;
            if (v > 0 && String.valueOf(v).length() == digits) {
                out.add(v);
            }
        }
        return out;
    }

    private static String group(long v, char sep) {
        String s = String.valueOf(v);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    static Double firstNumber(String s) {
        Matcher m = NUMBER.matcher(s);
        return m.find() ? parse(m.group()) : null;
    }

    /** 1.500 and 1,500 and 162 584 are thousands; 1,4 and 1.4 are decimals. */
    static double parse(String n) {
        if (n.matches("\\d{1,3}(?:[.,'\u00a0\u202f ]\\d{3})+")) {
            return Double.parseDouble(n.replaceAll("\\D", ""));
        }
        return Double.parseDouble(n.replace(',', '.'));
    }

    private static int[] shuffled(Random rng, int... values) {
        List<Integer> l = new ArrayList<>();
        for (int v : values) {
            l.add(v);
        }
        java.util.Collections.shuffle(l, rng);
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
