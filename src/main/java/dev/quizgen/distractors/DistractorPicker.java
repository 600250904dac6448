package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import dev.quizgen.bank.Rejected;
import dev.quizgen.facts.EntityType;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Mention;
import dev.quizgen.templates.Draft;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks wrong options of the same kind and form as the answer: from the same article first, then
 * from lists shipped as data (weekdays, months), then generated (years and numbers perturbed
 * plausibly, round numbers kept round). A candidate is rejected — and the reason kept — when it
 * equals or is an alias of the answer or another option, appears in the stem, or is also true by
 * the article's facts (another person with the same role, another speaker of the same words).
 */
public final class DistractorPicker {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[.,']\\d{3})+|\\d+(?:[.,]\\d+)?");
    // compiled once: norm() runs for every candidate in every round of question selection
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}&&[^-]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})([-–])(\\d{2,4})");
    private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");

    /** Enough article candidates that no list is needed. */
    private static final int DISTRACTOR_TARGET = 3;
    /** Places typed only from context ("in X") are not sure enough to be offered as options. */
    private static final double SURE_PLACE = 0.7;

    private final Facts facts;
    private final Language language;
    private final List<String> weekdays;
    private final List<String> months;

    private final PersonList people;

    private final String difficulty;

    /** @param difficulty {@code easy} (far options first), {@code hard} (near options first) or {@code mixed} */
    public DistractorPicker(Facts facts, List<String> weekdays, List<String> months, PersonList people, String difficulty) {
        this.facts = facts;
        this.difficulty = difficulty;
        this.people = people;
        this.language = facts.text().article().language();
        this.weekdays = weekdays;
        this.months = months;
    }

    /** Up to {@code n} distractors for the draft's answer, of the template's distractor kind. */
    public Choice pick(Draft draft, int n, Random rng) {
        String kind = draft.template().distractors();
        String answer = draft.answer();
        List<Candidate> pool = new ArrayList<>(switch (kind) {
            case "person" -> persons(draft);
            case "organization" -> organisations(draft);
            case "actor" -> actors(draft);
            case "speaker" -> speakers();
            case "role" -> roles(draft);
            case "place" -> places(answer);
            case "date" -> dates(draft, rng);
            case "quantity" -> quantities(answer, rng);
            case "cause" -> reasons(draft);
            default -> List.<Candidate>of();
        });
        List<Candidate> chosen = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Candidate> article = new ArrayList<>();
        List<Candidate> other = new ArrayList<>();
        for (Candidate c : pool) {
            (c.source().equals("article") ? article : other).add(c);
        }
        Collections.shuffle(article, rng);
        List<Candidate> ordered = new ArrayList<>();
        if (difficulty.equals("easy")) {
            // far options first: shipped lists and generated values, the farthest numbers first
            ordered.addAll(byDistance(other, answer, false));
            ordered.addAll(article);
        } else {
            // near options first: the article's own, then the closest generated values
            ordered.addAll(article);
            ordered.addAll(difficulty.equals("hard") ? byDistance(other, answer, true) : other);
        }
        if (Set.of("date", "place", "quantity").contains(kind)) {
            ordered.replaceAll(c -> new Candidate(matchCase(c.text(), answer), c.source()));
        }
        for (Candidate c : ordered) {
            if (chosen.size() >= n) {
                break;
            }
            String key = norm(c.text());
            if (!seen.add(key)) {
                continue;
            }
            String reason = reject(draft, c.text(), chosen);
            if (reason != null) {
                rejected.add(new Rejected(c.text(), reason));
                continue;
            }
            chosen.add(c);
        }
        return new Choice(chosen, rejected);
    }

    private String reject(Draft draft, String candidate, List<Candidate> chosen) {
        String a = norm(draft.answer());
        String c = norm(candidate);
        if (c.isEmpty() || c.equals(a)) {
            return "same as the answer";
        }
        int la = draft.answer().length();
        int lc = candidate.length();
        boolean lengthMatters = Set.of("date", "quantity", "place").contains(draft.template().distractors());
        if (lengthMatters && (lc > 2.5 * la + 10 || la > 2.5 * lc + 10)) {
            return "length too different from the answer";
        }
        if (alias(a, c)) {
            return "alias of the answer";
        }
        for (Candidate o : chosen) {
            if (alias(norm(o.text()), c)) {
                return "alias of another option";
            }
        }
        if (containsWords(norm(draft.stem()), c)) {
            return "appears in the question";
        }
        String alsoTrue = alsoTrue(draft, candidate);
        if (alsoTrue != null) {
            return alsoTrue;
        }
        return null;
    }

    /** The article also makes the candidate a right answer: same role, same words said, same deed. */
    private String alsoTrue(Draft draft, String candidate) {
        Fact f = draft.fact();
        for (Fact other : facts.facts()) {
            if (other == f || other.type() != f.type()) {
                continue;
            }
            switch (f.type()) {
                case PERSON_ROLE -> {
                    if (norm(other.slot("person")).equals(norm(candidate)) && norm(other.slot("roleNom")).equals(norm(f.slot("roleNom")))) {
                        return "also has this role in the article";
                    }
                }
                case QUOTE -> {
                    if (other.slot("speaker") != null && norm(other.slot("speaker")).equals(norm(candidate))
                            && norm(other.slot("quote")).equals(norm(f.slot("quote")))) {
                        return "also said these words in the article";
                    }
                }
                case EVENT -> {
                    if (norm(other.slot("subject")).equals(norm(candidate)) && norm(other.slot("predicate")).equals(norm(f.slot("predicate")))) {
                        return "did the same in the article";
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ pools

    private List<Candidate> names(EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : facts.mentions()) {
            if (m.type() == type && m.confidence() >= 0.6) {
                out.add(canonical(m));
            }
        }
        return out.stream().map(s -> new Candidate(s, "article")).toList();
    }

    /** The article's people, then well-known people of the answer's field when the article has too few. */
    private List<Candidate> persons(Draft draft) {
        List<Candidate> out = new ArrayList<>(names(EntityType.PERSON));
        if (out.size() > DISTRACTOR_TARGET) {
            return out;
        }
        String field = people.fieldOf(draft.fact().slot("role"));
        if (field == null) {
            for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
                field = field != null ? field : people.fieldOf(f.slot("role"));
            }
        }
        if (field != null && !historical()) {
            for (String p : people.people(field, language)) {
                out.add(new Candidate(p, "list:persons-" + field));
            }
        }
        return out;
    }

    /**
     * An article about the past (every year it names before 1990, or no year at all but an old
     * date header): today's well-known people would be anachronisms among its options.
     */
    private boolean historical() {
        String date = facts.text().article().date();
        int latest = date != null ? Integer.parseInt(date.substring(0, 4)) : -1;
        for (Fact f : facts.ofType(FactType.DATE)) {
            Matcher m = YEAR.matcher(f.text());
            while (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group()));
            }
        }
        return latest >= 0 && latest < 1990;
    }

    private String canonical(Mention m) {
        return Mention.fullest(m.text(), m.type(), facts.mentions());
    }

    /** Who did something: people for a person, organisations for an organisation. */
    private List<Candidate> actors(Draft draft) {
        String type = draft.fact().slot("entityType");
        if (EntityType.ORGANIZATION.name().equals(type)) {
            return organisations(draft);
        }
        return persons(draft);
    }

    /**
     * Other roles in the answer's form: "der nordkoreanische Machthaber" takes "der …" options,
     * "US-Präsident" bare ones; the article's roles first, then roles of the same field.
     */
    private List<Candidate> roles(Draft draft) {
        String answer = draft.answer();
        String article = articleOf(answer);
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : facts.ofType(FactType.PERSON_ROLE)) {
            String r = f.slot("roleNom");
            if (r != null && articleOf(r).isEmpty() == article.isEmpty()) {
                out.add(r);
            }
        }
        // only the article's own roles: offices from a list are too often near-synonyms of the answer
        // ("Staatschef" for a US president) and would be a second right answer
        List<Candidate> list = new ArrayList<>(out.stream().map(r -> new Candidate(matchCase(r, answer), "article")).toList());
        return list;
    }

    private static String articleOf(String phrase) {
        String first = phrase.split(" ")[0].toLowerCase(Locale.ROOT);
        return Set.of("der", "die", "das", "the").contains(first) ? first : "";
    }

    /** The article's organisations, then well-known ones of the same field (news agencies for an agency). */
    private List<Candidate> organisations(Draft draft) {
        List<Candidate> out = new ArrayList<>(names(EntityType.ORGANIZATION));
        if (out.size() > DISTRACTOR_TARGET) {
            return out;
        }
        var s = draft.sentence();
        int from = draft.fact().fromToken();
        String context = (from > 0 ? s.tokens().get(from - 1).text() : "") + " " + draft.fact().text();
        String field = people.organisationField(context);
        if (field != null) {
            for (String o : people.organisations(field, language)) {
                out.add(new Candidate(o, "list:organisations-" + field));
            }
        }
        return out;
    }

    /**
     * The article's other reasons of the same kind and shape, with their marker: "weil …" for a
     * "weil …" answer, "um … zu …" for a purpose, "wegen …" for a phrase. Reasons from the same
     * sentence are left out: they may be a second right answer.
     */
    private List<Candidate> reasons(Draft draft) {
        Fact answer = draft.fact();
        boolean phrase = "phrase".equals(answer.slot("shape"));
        List<Candidate> out = new ArrayList<>();
        for (Fact f : facts.ofType(FactType.CAUSE)) {
            if (f.sentence() != answer.sentence() && f.slot("kind").equals(answer.slot("kind"))
                    && "phrase".equals(f.slot("shape")) == phrase) {
                out.add(new Candidate(matchCase(f.slot("phrase"), draft.answer()), "article"));
            }
        }
        return out;
    }

    private List<Candidate> speakers() {
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : facts.ofType(FactType.QUOTE)) {
            if (f.slot("speaker") != null) {
                out.add(f.slot("speaker"));
            }
        }
        for (Candidate c : names(EntityType.PERSON)) {
            out.add(c.text());
        }
        // organisations only when the article quotes one: a platform or a company ("Twitter") is no speaker
        return out.stream().map(s -> new Candidate(s, "article")).toList();
    }

    /** Place phrases with the answer's preposition: "in Vietnam" → "in Seoul", "in Südkorea". */
    private List<Candidate> places(String answer) {
        String prefix = prefixBeforeName(answer);
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : facts.ofType(FactType.PLACE)) {
            if (f.confidence() < SURE_PLACE) {
                continue;
            }
            String phrase = f.slot("phrase");
            if (phrase != null && prefixBeforeName(phrase).equalsIgnoreCase(prefix)) {
                out.add(phrase);
            }
        }
        for (Fact f : facts.ofType(FactType.PLACE)) {
            // a country or city named elsewhere without an article takes the same preposition
            if (f.confidence() >= SURE_PLACE && f.slot("kind") != null && f.slot("phrase") != null
                    && prefixBeforeName(f.slot("phrase")).split(" ").length == 1 && !prefix.isEmpty()) {
                out.add(prefix + " " + f.slot("name"));
            }
        }
        return out.stream().map(s -> new Candidate(matchCase(s, answer), "article")).toList();
    }

    private static String prefixBeforeName(String phrase) {
        String[] w = phrase.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length - 1; i++) {
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0)) && i > 0) {
                break;
            }
            sb.append(sb.length() > 0 ? " " : "").append(w[i]);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private List<Candidate> dates(Draft draft, Random rng) {
        Fact f = draft.fact();
        String kind = f.slot("kind");
        String answer = draft.answer();
        String date = f.slot("date");
        String prefix = answer.endsWith(date) ? answer.substring(0, answer.length() - date.length()) : "";
        List<Candidate> out = new ArrayList<>();
        for (Fact other : facts.ofType(FactType.DATE)) {
            if (kind.equals(other.slot("kind")) && shape(other.slot("date")).equals(shape(date))) {
                out.add(new Candidate(prefix + other.slot("date"), "article"));
            }
        }
        switch (kind) {
            case "weekday" -> weekdays.forEach(d -> out.add(new Candidate(prefix + d, "list:weekdays")));
            case "month" -> months.forEach(m -> out.add(new Candidate(prefix + m, "list:months")));
            case "year" -> {
                int year = Integer.parseInt(date);
                for (int delta : shuffled(rng, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5)) {
                    int y = year + delta;
                    if (y <= 2100) {
                        out.add(new Candidate(prefix + y, "generated"));
                    }
                }
            }
            case "range" -> {
                Matcher m = YEAR_RANGE.matcher(date);
                if (m.matches()) {
                    int from = Integer.parseInt(m.group(1));
                    int to = Integer.parseInt(m.group(3));
                    for (int delta : shuffled(rng, -3, -2, -1, 1, 2, 3)) {
                        String end = m.group(3).length() == 2 ? String.format("%02d", (to + delta + 100) % 100) : String.valueOf(to + delta);
                        out.add(new Candidate(prefix + (from + delta) + m.group(2) + end, "generated"));
                    }
                }
            }
            default -> {
                Matcher m = YEAR.matcher(date);
                if (m.find()) {
                    int year = Integer.parseInt(m.group(1));
                    for (int delta : shuffled(rng, -3, -2, -1, 1, 2, 3)) {
                        out.add(new Candidate(prefix + date.substring(0, m.start()) + (year + delta) + date.substring(m.end()), "generated"));
                    }
                }
            }
        }
        return out;
    }

    /** Candidates ordered by how far their first number lies from the answer's; others keep their place at the end. */
    private static List<Candidate> byDistance(List<Candidate> candidates, String answer, boolean nearFirst) {
        Double target = firstNumber(answer);
        if (target == null) {
            return candidates;
        }
        List<Candidate> numeric = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : candidates) {
            (firstNumber(c.text()) != null ? numeric : rest).add(c);
        }
        java.util.Comparator<Candidate> by = java.util.Comparator.comparingDouble(c -> Math.abs(firstNumber(c.text()) - target));
        numeric.sort(nearFirst ? by : by.reversed());
        numeric.addAll(rest);
        return numeric;
    }

    private static Double firstNumber(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return null;
        }
        String n = m.group();
        if (n.matches("\\d{1,3}([.,']\\d{3})+")) {
            n = n.replaceAll("[.,']", "");
        }
        try {
            return Double.parseDouble(n.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The form of a date: digits as 9, letters as a: "April 1991" and "31. August 2009" differ. */
    private static String shape(String date) {
        return date.replaceAll("\\d", "9").replaceAll("\\p{L}+", "a");
    }

    /** Same unit from the article, then the answer's number perturbed: same digits, round stays round. */
    private List<Candidate> quantities(String answer, Random rng) {
        Matcher m = NUMBER.matcher(answer);
        if (!m.find()) {
            return List.of();
        }
        String rest = answer.substring(m.end());
        String unit = rest.strip();
        String gap = rest.substring(0, rest.length() - rest.stripLeading().length());   // "12%" vs "12 %"
        String prefix = answer.substring(0, m.start());
        boolean percent = unit.equals("%") || unit.equalsIgnoreCase("Prozent") || unit.equalsIgnoreCase("percent");
        Double target = firstNumber(answer);
        List<Candidate> out = new ArrayList<>();
        for (Fact f : facts.ofType(FactType.QUANTITY)) {
            Matcher o = NUMBER.matcher(f.text());
            Double value = firstNumber(f.text());
            if (o.find() && f.text().substring(o.end()).strip().equals(unit) && value != null && target != null
                    && value >= target / 5 && value <= target * 5) {
                out.add(new Candidate(prefix + o.group() + gap + unit, "article"));   // the same count of the same thing, of a similar size
            }
        }
        String number = m.group();
        List<String> numbers = new ArrayList<>();
        if (number.matches("\\d+")) {
            long value = Long.parseLong(number);
            if (value == 1 && !unit.isEmpty()) {
                return out;   // "1 Million": other numbers would need the plural unit
            }
            for (long v : perturb(value, rng)) {
                numbers.add(String.valueOf(v));
            }
        } else if (number.matches("\\d{1,3}(?:[.,']\\d{3})+")) {
            for (long v : perturb(Long.parseLong(number.replaceAll("[^0-9]", "")), rng)) {
                numbers.add(group(v, number.charAt(number.length() - 4)));
            }
        } else {
            char sep = number.contains(",") ? ',' : '.';
            int decimals = number.length() - number.indexOf(sep) - 1;
            double value = Double.parseDouble(number.replace(',', '.'));
            for (double factor : new double[] {0.5, 0.8, 1.2, 1.5, 2}) {
                numbers.add(String.format(Locale.ROOT, "%." + decimals + "f", value * factor).replace('.', sep));
            }
        }
        for (String n : numbers) {
            Double v = firstNumber(n);
            if (percent && v != null && v > 100) {
                continue;   // no 140 % of anything
            }
            out.add(new Candidate(prefix + n + gap + unit, "generated"));
        }
        return out;
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
            step = round;
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

    private static int[] shuffled(Random rng, int... values) {
        List<Integer> l = new ArrayList<>();
        for (int v : values) {
            l.add(v);
        }
        Collections.shuffle(l, rng);
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String matchCase(String s, String answer) {
        if (!answer.isEmpty() && !s.isEmpty() && Character.isUpperCase(answer.charAt(0)) != Character.isUpperCase(s.charAt(0))) {
            return (Character.isUpperCase(answer.charAt(0)) ? s.substring(0, 1).toUpperCase(Locale.ROOT)
                    : s.substring(0, 1).toLowerCase(Locale.ROOT)) + s.substring(1);
        }
        return s;
    }

    /** Case-folded, accents kept, punctuation removed, spaces collapsed. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = SPACES.matcher(PUNCTUATION.matcher(n).replaceAll(" ")).replaceAll(" ").strip();
        return n;
    }

    /** One is the other with words added: "trump" ~ "donald trump". */
    static boolean alias(String a, String b) {
        return containsWords(a, b) || containsWords(b, a);
    }

    public static boolean containsWords(String haystack, String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        // the same as find() of (?<![\p{L}\p{N}])QUOTE(needle)(?![\p{L}\p{N}]), without a pattern per call
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            if ((i == 0 || !isLetterOrNumber(haystack.codePointBefore(i)))
                    && (end == haystack.length() || !isLetterOrNumber(haystack.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Regex {@code [\p{L}\p{N}]}: a letter, or a number of any kind (digit, letter number, other number). */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
