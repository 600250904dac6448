package dev.quizgen.distractors;

import dev.quizgen.article.Language;
import dev.quizgen.bank.Difficulty;
import dev.quizgen.bank.Rejected;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.templates.Draft;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Picks wrong options of the same kind, granularity and form as the answer: from the same article
 * first, then from lists shipped as data, then generated (years and amounts perturbed plausibly,
 * made-up names of people). Near options come first for hard questions, far ones for easy ones.
 * A candidate is rejected — and the reason kept — when it equals or is an alias of the answer or
 * another option, appears in the stem, says the same as the answer in other words, does not fit
 * the answer's slot, or is also true by the article's facts (another person with the same role,
 * another speaker of the same words, a second place of the question's sentence).
 */
public final class DistractorPicker {
    /**
     * Years between two dates beyond which one is from another era: a wrong year option that far from
     * the article's date, or a word-bank spare that far from a passage's dates, is ruled out at once.
     */
    public static final int ERA_YEARS = 150;

    // compiled once: norm() runs for every candidate in every round of question selection

    private final Facts facts;
    private final Language language;
    private final String difficulty;
    private final PersonOptions persons;
    private final PlaceOptions places;
    private final NumberOptions numbers;
    private final PersonList lists;

    /** @param difficulty {@code easy} (far options first), {@code hard} (near options first) or {@code mixed} (as each template says) */
    public DistractorPicker(Facts facts, List<String> weekdays, List<String> months, PersonList lists, String difficulty) {
        this.facts = facts;
        this.difficulty = difficulty;
        this.language = facts.text().article().language();
        this.persons = new PersonOptions(facts, lists);
        this.places = new PlaceOptions(facts, lists);
        this.numbers = new NumberOptions(facts, weekdays, months, lists);
        this.lists = lists;
    }

    /** Two names of one listed place ("U.S." and "United States", "USA" and "Amerika"). */
    public boolean samePlace(String a, String b) {
        PlaceList.Place x = listedPlace(a);
        return x != null && x == listedPlace(b);
    }

    /** The listed place of a name, also inflected as a German adjective: "den Vereinigten Staaten". */
    private PlaceList.Place listedPlace(String name) {
        PlaceList.Place p = lists.places().lookup(name);
        return p != null || language != Language.DE ? p : lists.places().lookup(name.replaceAll("(?<=\\p{L}{3})e[nmrs](?= )", "e"));
    }

    /**
     * Whether a pupil knows the draft's answer without the article: a well-known holder of the office the article gives
     * them (Donald Trump as US-Präsident, {@code lists/persons.txt}), or, asked of such a person, that office.
     */
    public boolean knownWithoutArticle(Draft draft) {
        Set<String> holders = persons.wellKnownHolders();
        return holders.contains(norm(draft.answer()))
                || draft.fact().type() == FactType.PERSON_ROLE && holders.contains(norm(draft.fact().slot("person")));
    }

    /** Up to {@code n} distractors for the draft's answer, of the template's distractor kind. */
    public Choice pick(Draft draft, int n, Random rng) {
        String kind = draft.template().distractors();
        List<Ranked> pool = kind == null ? List.of() : switch (kind) {
            case "person" -> persons.persons(draft, rng);
            case "organization" -> persons.organisations(draft);
            case "actor" -> persons.actors(draft, rng);
            case "speaker" -> persons.speakers(draft);
            case "role" -> persons.roles(draft);
            case "place" -> places.places(draft);
            case "date" -> numbers.dates(draft, rng);
            case "quantity" -> numbers.quantities(draft, rng);
            case "cause" -> reasons(draft);
            case "thing" -> things(draft);
            default -> List.<Ranked>of();
        };
        List<Candidate> chosen = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ranked r : order(pool, near(draft), rng)) {
            if (chosen.size() >= n) {
                // not needed as options, but one the article also makes right makes the question ambiguous: say so
                String alsoTrue = r.rejection() == null && seen.add(norm(r.text())) ? alsoTrue(draft, r.text()) : null;
                if (alsoTrue != null && alsoTrue.startsWith("also ")) {
                    rejected.add(new Rejected(r.text(), alsoTrue));
                }
                continue;
            }
            String key = norm(r.text());
            if (!seen.add(key)) {
                continue;
            }
            String reason = r.rejection() != null ? r.rejection() : reject(draft, r.text(), chosen);
            if (reason != null) {
                rejected.add(new Rejected(r.text(), reason));
                continue;
            }
            chosen.add(r.candidate());
        }
        return new Choice(chosen, rejected);
    }

    /**
     * The article's other reasons of the same kind and shape, with their marker: "weil …" for a
     * "weil …" answer, "um … zu …" for a purpose, "wegen …" for a phrase. Reasons from the same
     * sentence are left out: they may be a second right answer.
     */
    private List<Ranked> reasons(Draft draft) {
        Fact answer = draft.fact();
        boolean phrase = "phrase".equals(answer.slot("shape"));
        List<Ranked> out = new ArrayList<>();
        for (Fact f : facts.ofType(FactType.CAUSE)) {
            if (f.sentence() != answer.sentence() && f.slot("kind").equals(answer.slot("kind"))
                    && "phrase".equals(f.slot("shape")) == phrase) {
                out.add(Ranked.of(matchCase(f.slot("phrase"), draft.answer()), "article", 0, 0));
            }
        }
        return out;
    }

    /** What else the article's people and organisations did something to: the objects of its other sentences, nearest length first. */
    private List<Ranked> things(Draft draft) {
        Fact answer = draft.fact();
        int words = answer.text().split(" ").length;
        List<Ranked> out = new ArrayList<>();
        for (Fact f : facts.ofType(FactType.EVENT)) {
            if ("object".equals(f.slot("asked")) && f.sentence() != answer.sentence()) {
                out.add(Ranked.of(matchCase(f.text(), draft.answer()), "article", 0, Math.abs(f.text().split(" ").length - words)));
            }
        }
        return out;
    }

    /**
     * Hard questions get near options first, easy ones far ones. Medium ones get near people and
     * places, but numbers at random distances: the nearest numbers would put the answer in their middle.
     */
    private Boolean near(Draft draft) {
        Difficulty d = switch (difficulty) {
            case "easy" -> Difficulty.EASY;
            case "hard" -> Difficulty.HARD;
            default -> draft.template().difficulty();
        };
        return switch (d) {
            case EASY -> false;
            case HARD -> true;
            default -> Set.of("date", "quantity").contains(draft.template().distractors()) ? null : true;
        };
    }

    /** Tier by tier (the article's own first); within a tier shuffled, then near or far first when asked. */
    private static List<Ranked> order(List<Ranked> pool, Boolean near, Random rng) {
        List<Ranked> out = new ArrayList<>(pool);
        Collections.shuffle(out, rng);
        Comparator<Ranked> by = Comparator.comparingDouble(Ranked::tier);
        if (near != null) {
            by = by.thenComparingDouble(r -> near ? r.distance() : -r.distance());
        }
        out.sort(by);
        return out;
    }

    private String reject(Draft draft, String candidate, List<Candidate> chosen) {
        String a = norm(draft.answer());
        String c = norm(candidate);
        if (c.isEmpty() || c.equals(a)) {
            return "same as the answer";
        }
        String kind = draft.template().distractors();
        int la = draft.answer().length();
        int lc = candidate.length();
        if (Set.of("date", "quantity", "place").contains(kind) && (lc > 2.5 * la + 10 || la > 2.5 * lc + 10)) {
            return "length too different from the answer";
        }
        if (alias(a, c)) {
            return "alias of the answer";
        }
        for (Candidate o : chosen) {
            if (alias(norm(o.text()), c)) {
                return "alias of another option";
            }
            if (kind.equals("role") && persons.sameRole(o.text(), candidate)) {
                return "names the same office as another option";   // Kanzler and Bundeskanzler
            }
        }
        if (containsWords(norm(draft.stem()), c)) {
            return "appears in the question";
        }
        if ("date".equals(kind)) {
            String ruledOut = DatedEvents.rulesOut(draft.stem(), candidate);
            if (ruledOut != null) {
                return ruledOut;   // "bis zum Zweiten Weltkrieg weitergeführt" and 1944
            }
        }
        if (Set.of("date", "quantity").contains(kind)) {
            String va = numbers.value(draft.answer());
            if (va != null && va.equals(numbers.value(candidate))) {
                return "says the same as the answer in other words";
            }
        }
        return alsoTrue(draft, candidate);
    }

    /** The article also makes the candidate a right answer: same role, same words said, same deed. */
    private String alsoTrue(Draft draft, String candidate) {
        Fact f = draft.fact();
        String kind = draft.template().distractors();
        for (Fact other : facts.facts()) {
            if (other == f || other.type() != f.type()) {
                continue;
            }
            switch (f.type()) {
                case PERSON_ROLE -> {
                    if (kind.equals("person") && norm(other.slot("person")).equals(norm(candidate))
                            && persons.sameRole(roleOf(f), roleOf(other))) {
                        return "also has this role in the article";
                    }
                    if (kind.equals("role") && norm(other.slot("person")).equals(norm(f.slot("person")))
                            && persons.sameRole(candidate, roleOf(other))) {
                        return "the article gives " + f.slot("person") + " this role too";
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
        // a role noun the facts did not tie to anyone, in a sentence that names the person: "… erklärte Guaimar zum Herzog"
        if (f.type() == FactType.PERSON_ROLE && kind.equals("person") && persons.namedWithRole(candidate, roleOf(f))) {
            return "also named with this role in the article";
        }
        if (f.type() == FactType.PERSON_ROLE && kind.equals("role") && persons.namedWithRole(f.slot("person"), candidate)) {
            return "named with " + f.slot("person") + " in the article";
        }
        return null;
    }

    private static String roleOf(Fact f) {
        return f.slot("roleNom") != null ? f.slot("roleNom") : f.slot("role");
    }

    /** The first letter in the answer's case: "In Seoul" for "In Panmunjom" at a sentence start. */
    static String matchCase(String s, String answer) {
        if (!answer.isEmpty() && !s.isEmpty() && Character.isUpperCase(answer.charAt(0)) != Character.isUpperCase(s.charAt(0))
                && Character.isLetter(answer.charAt(0)) && Character.isLetter(s.charAt(0))) {
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
        // punctuation but '-' becomes a space, runs of spaces one space: a loop, not two regex passes
        // (selection and distractor checks call this thousands of times per article)
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r' || cp != '-' && punctuation(cp)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.appendCodePoint(cp);
        }
        return b.toString().strip();
    }

    /** Unicode category P, as {@code \p{P}} in a pattern. */
    private static boolean punctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** One is the other with words added: "trump" ~ "donald trump". */
    static boolean alias(String a, String b) {
        return containsWords(a, b) || containsWords(b, a) || genitiveOf(a, b) || genitiveOf(b, a);
    }

    /** "Denvers" and "Denver's" are Denver: a genitive option is the answer again. */
    private static boolean genitiveOf(String a, String b) {
        return b.length() >= 3 && (a.equals(b + "s") || a.equals(b + "'s") || a.equals(b + "’s") || a.equals(b + "'"));
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
