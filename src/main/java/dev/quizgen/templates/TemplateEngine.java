package dev.quizgen.templates;

import dev.quizgen.article.Language;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.FactType;
import dev.quizgen.facts.Facts;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies templates to facts: checks the template's conditions, fills its slots from the fact and
 * from the slots the engine computes ({@code {gap}}: the sentence with the answer blanked,
 * {@code {clause}}: the sentence turned into a question after the question word,
 * {@code {text}}: the fact's words, {@code {sentence}}), and drops any question whose stem would
 * give the answer away or still holds an unfilled slot.
 */
public final class TemplateEngine {
    public static final String GAP = "_____";
    /** Facts below this confidence are typed by guesswork: no question is made from them. */
    public static final double MIN_CONFIDENCE = 0.6;
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{[A-Za-z]+}");
    private static final Pattern QUOTE_END_BEFORE_QUESTION_MARK = Pattern.compile("[.!,;:]([\"“”»«’']+)\\?$");

    private final QuestionClause clauses;
    /** Sentences found to have (true) or not to have a slip a question would copy; an engine serves one article at a time. */
    private final Map<Sentence, Boolean> flawed = new java.util.IdentityHashMap<>();
    /** Country facts found to be (true) or not to be the article's setting: every template asks, the answer needs a pass over the article. */
    private final Map<Fact, Boolean> setting = new java.util.IdentityHashMap<>();
    /** The resolved pronouns of the article {@link #antecedentsOf}, per sentence. */
    private Map<Integer, Antecedents.Antecedent> antecedents = Map.of();
    private Facts antecedentsOf;

    /** Whether two names name one place; by default only the same name does. */
    private java.util.function.BiPredicate<String, String> samePlace = String::equals;

    public TemplateEngine(QuestionClause clauses) {
        this.clauses = clauses;
    }

    /** How to tell two names of one place ("U.S." and "United States"), for the country an article is set in. */
    public void samePlaceBy(java.util.function.BiPredicate<String, String> samePlace) {
        this.samePlace = samePlace;
    }

    /** Every draft the templates make from the facts, in template order, then fact order. */
    public List<Draft> apply(List<Template> templates, Facts facts) {
        String folded = fold(facts.text().article().text());   // once per article, not per draft
        List<Draft> out = new ArrayList<>();
        String lang = facts.text().article().language().code();
        for (Template t : templates) {
            if (!t.language().equals(lang) || t.composite()) {
                continue;
            }
            for (Fact f : facts.facts()) {
                if (t.matches(f.type())) {
                    Draft d = apply(t, f, facts, folded);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    /** The draft the template makes from the fact, or null when it does not apply. */
    public Draft apply(Template t, Fact f, Facts facts) {
        return apply(t, f, facts, fold(facts.text().article().text()));
    }

    /** @param foldedText the article text as {@link #fold} gives it, for the answer-in-article check */
    private Draft apply(Template t, Fact f, Facts facts, String foldedText) {
        if (f.confidence() < MIN_CONFIDENCE) {
            return null;   // a guessed type ("capitalised words") is kept in the facts, never asked about
        }
        Sentence s = facts.text().sentences().get(f.sentence());
        Language language = facts.text().article().language();
        if (hasSourceFlaw(s, facts)) {
            return null;   // a question would print the article's own slip ("sein Angriffe")
        }
        Map<String, String> slots = new HashMap<>(f.slots());
        slots.put("text", f.text());
        slots.put("sentence", s.text());
        if (!conditionsHold(t, slots)) {
            return null;
        }
        if (t.type() == QuestionType.TRUE_FALSE && (inRange(s, f) || bounded(s, f) || listItem(s, f) || partOfLongerQuotation(s)
                || leansOnContext(s, facts))) {
            return null;   // swapping one end of "zwischen 1977 und 2010", "bereits 1519" or one of a list is no clear claim
        }
        String stemPattern = t.stem();
        if (stemPattern.contains("{gap}")) {
            String why = badGap(s, f, facts, false);
            if (why != null) {
                return null;
            }
            slots.put("gap", gapped(s, f));
        }
        if (stemPattern.contains("{clause}")) {
            if (leansOnContext(s, facts) || droppableConnector(s, facts)) {
                return null;   // "Wer hatte noch zwei weitere Drives?": more than which?
            }
            String clause = f.type() == FactType.CAUSE ? reasonClause(s, f, language)
                    : clauses.without(s, language, f.phraseFrom(), f.phraseTo());
            if (clause == null) {
                return null;
            }
            slots.put("clause", lowerMovedFirstWord(clause, s, facts));
        }
        String stem = fill(stemPattern, slots);
        if (stem != null) {
            stem = named(stem, s, facts);
            if (droppableConnector(s, facts)) {
                stem = withoutConnector(stem, s);
            }
        }
        String answer = fill(t.answer(), slots);
        if (answer != null && t.answer().equals("{phrase}") && f.phraseFrom() < f.fromToken()
                && (s.tokens().get(f.phraseFrom()).isAdposition() || f.type() == FactType.CAUSE) && f.phraseFrom() == 0) {
            // "Am 6. Oktober" or "Weil …" opened the sentence; as an answer option it reads "am 6. Oktober"
            answer = answer.substring(0, 1).toLowerCase(Locale.ROOT) + answer.substring(1);
        }
        if (stem == null || answer == null || answer.isBlank()) {
            return null;
        }
        if (t.type() != QuestionType.TRUE_FALSE && (isSetting(f, facts) || f.type() == FactType.PLACE
                && (isTopic(f.text(), facts) || titleNamesPlace(f, facts)))) {
            return null;   // "Where …?" → "in Poland" in an article on Warsaw, "in Warschau" under the heading "Warsaw"
        }
        if (t.distractors() != null && WHO_KINDS.contains(t.distractors()) && isTopic(answer, facts)) {
            return null;   // "Who died in 1943?" in an article about Tesla: the answer is the title
        }
        if ((t.type() == QuestionType.MULTIPLE_CHOICE || t.type() == QuestionType.FILL_IN)
                && !foldedText.contains(fold(answer))) {
            return null;   // an inflected answer ("der Präsident" from "dem Präsidenten") the pupil cannot find
        }
        if (stemPattern.contains("{clause}")) {
            stem = QuestionClause.tidy(stem);   // a rebuilt clause; the article's own sentences stay verbatim
        }
        stem = capitalise(stem.replace('\n', ' '));   // a line break inside a sentence ("O\n2") is a space in print
        // a quotation's own full stop goes before the question mark: … "every Christian is a confessor"?
        stem = QUOTE_END_BEFORE_QUESTION_MARK.matcher(stem).replaceAll("$1?");
        if (stem.contains(GAP) && leaks(stem, answer)) {
            return null;   // the answer stands elsewhere in the sentence: "Teachers in _____ … teachers in Wales"
        }
        if (t.type() != QuestionType.TRUE_FALSE && !stem.contains(GAP) && leaks(stem, answer)) {
            return null;
        }
        String title = facts.text().article().title();
        // also a heading made from the lead ("Quiz: Der nordkoreanische Machthaber Kim Jong-un …" above "Wer ist der
        // nordkoreanische Machthaber?"), and a date whose year the heading prints ("1973 Oil Crisis" above "am 6. Oktober 1973")
        if (t.type() != QuestionType.TRUE_FALSE && (leaks(title, answer.replaceFirst("^(?i)(am|im|in|on|at|the|der|die|das|dem|den) ", ""))
                || yearInTitle(f, facts))) {
            return null;   // the worksheet's heading prints it: "1973 Oil Crisis" above "In _____, Nixon named …"
        }
        return new Draft(t, f, s, stem, answer);
    }

    /**
     * Fills a pattern from one fact's slots (no {@code {gap}} or {@code {clause}}); null when a slot
     * is missing or the template's conditions do not hold. Composite questions use it per item.
     */
    public String fillItem(Template t, String pattern, Fact f, Facts facts) {
        Sentence s = facts.text().sentences().get(f.sentence());
        Map<String, String> slots = new HashMap<>(f.slots());
        slots.put("text", f.text());
        slots.put("sentence", s.text());
        // the date phrase is left out, so that an ordering item does not give its place away: "was established
        // in 1817 and continued" reads "was established and continued"; a German sentence that opened with it
        // would open with its verb, and keeps "…" in its place
        String before = s.text().substring(0, spanStart(s, f, true));
        String after = s.text().substring(spanEnd(s, f, true));
        boolean fronted = before.isBlank();
        String statement = fronted && facts.text().article().language() == Language.DE ? "…" + after
                : fronted ? after.replaceFirst("^\\s*[,;:]?\\s*", "") : before + after;
        statement = QuestionClause.tidy(statement.replaceAll("\\b(1[0-9]{3}|20[0-9]{2})(er)?\\b", "…"));
        slots.put("statement", statement.isEmpty() ? statement : capitalise(statement));
        if (!conditionsHold(t, slots)) {
            return null;
        }
        return fill(pattern, slots);
    }

    /**
     * The question clause for a reason at either end of the sentence: "Tesla zog nach Amerika, weil
     * er Arbeit suchte." → "zog Tesla nach Amerika"; "Weil er Arbeit suchte, zog Tesla …" likewise
     * from the words after the comma. A reason inside the clause is taken out as any phrase is.
     */
    private String reasonClause(Sentence s, Fact f, Language language) {
        var t = s.tokens();
        int last = t.size() - 1;
        int from = f.phraseFrom();
        int to = f.phraseTo();
        if (POINTING_BACK.contains(t.get(from == 0 && to + 1 < last ? to + 1 : 0).text().toLowerCase(Locale.ROOT))) {
            return null;   // the main clause opens with a pronoun or "dies" the question cannot resolve
        }
        if (from > 1 && to == last) {
            Sentence main = s.part(0, t.get(from - 1).text().equals(",") ? from - 1 : from);
            int end = main.tokens().size() - 1;
            return clauses.without(main, language, end, end);
        }
        if (from == 0 && to + 1 < last && t.get(to).text().equals(",")) {
            Sentence main = s.part(to + 1, last);
            if (language == Language.DE) {
                // German puts the finite verb right after a fronted clause: "…, zog Tesla nach Amerika."
                Token verb = main.tokens().get(0);
                boolean simple = main.tokens().stream().noneMatch(x -> x.text().equals(",") || x.text().equals(";"));
                // "Warum wird es … dargestellt?": whom or what the pronoun means is not in the question
                boolean pronoun = main.tokens().size() > 2 && POINTING_BACK.contains(main.tokens().get(1).text().toLowerCase(Locale.ROOT));
                return simple && !pronoun && (verb.is("VERB") || verb.is("AUX"))
                        ? QuestionClause.tidy(main.textOf(0, main.tokens().size() - 1)) : null;
            }
            int end = main.tokens().size() - 1;
            return clauses.without(main, language, end, end);
        }
        return clauses.without(s, language, from, to);
    }

    /** The template's when:, except: and max-words: conditions on the fact's slots. */
    private static boolean conditionsHold(Template t, Map<String, String> slots) {
        for (Map.Entry<String, String> w : t.when().entrySet()) {
            // "when: slot=value", or "when: slot={other}" to compare two slots
            String want = SLOT_REFERENCE.matcher(w.getValue()).matches()
                    ? slots.get(w.getValue().substring(1, w.getValue().length() - 1)) : w.getValue();
            if (want == null || !want.equals(slots.get(w.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, java.util.Set<String>> x : t.except().entrySet()) {
            if (x.getValue().contains(slots.get(x.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, Integer> m : t.maxWords().entrySet()) {
            String v = slots.get(m.getKey());
            if (v != null && moreWordsThan(v, m.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has more than {@code max} words (as split at runs of white space), counted without splitting. */
    static boolean moreWordsThan(String text, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > max) {
                return true;
            }
            inWord = !space;
        }
        return false;
    }

    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("und", "bis", "and", "to", "–", "-", "oder", "or");

    private static boolean inRange(Sentence s, Fact f) {
        var t = s.tokens();
        return f.fromToken() > 0 && RANGE_WORDS.contains(t.get(f.fromToken() - 1).text().toLowerCase(Locale.ROOT))
                || f.toToken() < t.size() && RANGE_WORDS.contains(t.get(f.toToken()).text().toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> BOUNDS = java.util.Set.of("bereits", "schon", "seit", "bis", "ab", "erst",
            "spätestens", "frühestens", "vor", "nach", "since", "until", "by", "early", "before", "after", "late");

    /** "bereits 1519", "as early as 1520": another value would often still be true. */
    private static boolean bounded(Sentence s, Fact f) {
        var t = s.tokens();
        for (int k = Math.max(0, f.phraseFrom() - 2); k < f.fromToken(); k++) {
            if (BOUNDS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean listItem(Sentence s, Fact f) {
        var t = s.tokens();
        return f.fromToken() > 0 && t.get(f.fromToken() - 1).text().equals(",")
                || f.toToken() < t.size() && t.get(f.toToken()).text().equals(",")
                        && f.toToken() + 1 < t.size() && t.get(f.toToken() + 1).isCapitalized();
    }

    /** Offsets of the fact (or its whole phrase) inside its sentence. */
    private static int spanStart(Sentence s, Fact f, boolean phrase) {
        int token = phrase ? f.phraseFrom() : f.fromToken();
        return s.tokens().get(token).span().start() - s.span().start();
    }

    private static int spanEnd(Sentence s, Fact f, boolean phrase) {
        int token = (phrase ? f.phraseTo() : f.toToken()) - 1;
        return s.tokens().get(token).span().end() - s.span().start();
    }

    private static final java.util.Set<FactType> NAMES = java.util.EnumSet.of(FactType.PERSON, FactType.PLACE,
            FactType.ORGANIZATION);
    private static final java.util.Set<String> WHO_KINDS = java.util.Set.of("person", "actor", "organization");

    /** Sentence openers that point back to something the question does not name. */
    private static final java.util.Set<String> POINTING_BACK = java.util.Set.of("er", "sie", "es", "ihm", "ihn", "ihnen",
            "dies", "diese", "dieser", "dieses", "diesem", "diesen", "solche", "beide", "beiden", "he", "she", "it", "they", "them", "its",
            "their", "his", "her", "this", "these", "those", "such");
    /** Possessives: "Seine religiösen Ansichten", "Three of his best-known works" need the sentence before. */
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("sein", "seine", "seinen", "seinem", "seiner",
            "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres", "deren", "dessen", "his", "her", "its", "their");
    /** Pronoun subjects after a fronted phrase and the verb, as written (lower case: "Sie" there is the reader). */
    private static final java.util.Set<String> SUBJECT_PRONOUNS_EN = java.util.Set.of("it", "they", "he", "she");
    private static final java.util.Set<String> PRONOUN_SUBJECTS = java.util.Set.of("er", "sie", "es", "beide");
    /** German adverbs after the verb that stand for the sentence before ("würde darauf … folgen"). */
    private static final java.util.Set<String> POINTING_ADVERBS = java.util.Set.of("darauf", "daraufhin", "dadurch", "dafür",
            "davon", "daran", "dazu", "deshalb", "deswegen", "dennoch", "trotzdem", "außerdem", "zudem");
    /** First and second person: someone speaks or is spoken to. */
    private static final java.util.Set<String> SPEAKER_PRONOUNS = java.util.Set.of("wir", "uns", "unser", "unsere", "unseren",
            "unserem", "unserer", "ihr", "euch", "euer", "we", "us", "our", "you", "your");
    private static final String QUOTE_MARKS = "\"„“”«»‚‘’'";
    /** A time told from the sentence before: "Eight years later, in 1909, …", "Zwei Jahre zuvor …". */
    private static final java.util.Set<String> RELATIVE_TIME = java.util.Set.of("später", "danach", "zuvor", "davor",
            "later", "earlier", "afterwards");
    /** Openers that continue the sentence before: "However, …", "For example, …", "Später …". */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("however", "for", "later", "meanwhile",
            "additionally", "instead", "moreover", "furthermore", "thus", "therefore", "nevertheless",
            "jedoch", "beispielsweise", "später", "außerdem", "zudem", "trotzdem", "daher", "deshalb", "allerdings",
            "dennoch", "stattdessen", "somit", "folglich", "dann", "danach", "darauf", "dabei", "damals");

    /**
     * Whether the sentence needs the one before it: it opens with a connector or a pronoun, a
     * pronoun or possessive stands before its verb, or it ends in a colon that announces the next.
     */
    public static boolean leansOnContext(Sentence s) {
        return leansOnContext(s, java.util.Set.of());
    }

    /** Whether the sentence needs the one before, but for its resolved pronoun (the token {@code resolved}; -1 for none). */
    private boolean leansOnContext(Sentence s, Facts facts) {
        Antecedents.Antecedent a = antecedent(s, facts);
        java.util.Set<Integer> resolved = new java.util.HashSet<>(a == null ? List.of() : a.tokens());
        if (droppableConnector(s, facts)) {
            resolved.add(0);   // "However, …": the gap question prints the sentence without it
        }
        return leansOnContext(s, resolved);
    }

    /**
     * English connectors that only join the sentence to the one before and that a gap question or
     * statement leaves out: "However, the Panthers …" → "The Panthers …". Not "Later," or "Instead,"
     * (they say when or what), and never in a rebuilt wh-question.
     */
    private static final java.util.Set<String> DROPPABLE = java.util.Set.of("however", "meanwhile", "additionally", "moreover",
            "furthermore", "nevertheless", "nonetheless");

    private static boolean droppableConnector(Sentence s, Facts facts) {
        var t = s.tokens();
        return facts.text().article().language() == Language.EN && t.size() > 4
                && DROPPABLE.contains(t.get(0).text().toLowerCase(Locale.ROOT)) && t.get(1).text().equals(",");
    }

    /** The stem without the sentence's opening connector: "However, the Panthers …" → "The Panthers …". */
    private static String withoutConnector(String stem, Sentence s) {
        String opening = s.tokens().get(0).text() + ", ";
        int at = stem.indexOf(opening);
        if (at < 0) {
            return stem;
        }
        String rest = stem.substring(at + opening.length());
        return stem.substring(0, at) + (rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
    }

    /** The person the sentence's pronoun stands for, or null; worked out once per article. */
    private Antecedents.Antecedent antecedent(Sentence s, Facts facts) {
        if (antecedentsOf != facts) {
            antecedents = Antecedents.of(facts, clauses::sexOfFirstName);
            antecedentsOf = facts;
        }
        return antecedents.get(s.index());
    }

    /** The stem with the resolved pronoun replaced by its name: "Er veröffentlichte …" → "Luther veröffentlichte …". */
    private String named(String stem, Sentence s, Facts facts) {
        Antecedents.Antecedent a = antecedent(s, facts);
        if (a == null) {
            return stem;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        a.tokens().forEach(i -> words.add(s.tokens().get(i).text().toLowerCase(Locale.ROOT)));
        // the first of the person's words in the stem: a question may have moved them ("In seinem Werk erklärte er" → "Was erklärte er in seinem Werk?")
        Matcher m = WORD.matcher(stem);
        while (m.find()) {
            if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
                return stem.substring(0, m.start()) + a.nameFor(m.group(), facts.text().article().language()) + stem.substring(m.end());
            }
        }
        return stem;
    }

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}-])\\p{L}+(?![\\p{L}-])");

    /** @param resolved tokens whose person is known: they point back to nothing */
    private static boolean leansOnContext(Sentence s, java.util.Set<Integer> resolved) {
        var t = s.tokens();
        String first = t.get(0).text().toLowerCase(Locale.ROOT);
        if (CONNECTORS.contains(first) && !resolved.contains(0) && (t.size() < 2 || !first.equals("for") || t.get(1).text().equalsIgnoreCase("example"))
                || POINTING_BACK.contains(first) && !resolved.contains(0) || t.get(t.size() - 1).text().equals(":")) {
            return true;
        }
        // "Das impliziert, dass …", "That meant …": a demonstrative pronoun as the subject stands for the sentence before
        if (t.size() > 2 && DEMONSTRATIVE_SUBJECTS.contains(t.get(0).text().toLowerCase(Locale.ROOT)) && !resolved.contains(0)
                && (t.get(1).is("VERB") || t.get(1).is("AUX"))) {
            return true;
        }
        int k = 0;
        for (; k < t.size() && !(t.get(k).is("VERB") || t.get(k).is("AUX")); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (resolved.contains(k)) {
                continue;
            }
            if (POSSESSIVES.contains(w) || k > 0 && POINTING_BACK.contains(w) && !w.equals("sie") && !w.equals("her")
                    || RELATIVE_TIME.contains(w)) {
                return true;
            }
        }
        // German puts a pronoun subject right after the verb: "So wollten sie …", "Damals traf er …"; or a word that
        // points back to the sentence before: "Im Falle eines Erfolgs würde darauf ein Test folgen"
        if (k > 0 && k + 1 < t.size() && (PRONOUN_SUBJECTS.contains(t.get(k + 1).text()) && !resolved.contains(k + 1)
                || java.util.Set.of("dies", "this").contains(t.get(k + 1).text()) && (t.get(k + 1).is("PRON") || t.get(k + 1).is("DET"))
                        && standsAlone(t, k + 1)   // "Heute ist dies bekannt als …" (not "suggested that …")
                || POINTING_ADVERBS.contains(t.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        // "noch zwei weitere Drives", "two more drives": more than the ones of the sentence before
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            boolean further = w.startsWith("weitere") && (t.get(i - 1).is("NUM") || i > 1 && t.get(i - 2).text().equalsIgnoreCase("noch")
                    || t.get(i - 1).text().equalsIgnoreCase("noch")) || w.equals("more") && t.get(i - 1).is("NUM");
            if (further) {
                return true;
            }
        }
        // "dieses Modus", "these units" after the verb: a thing named in the sentence before (not "in those years": a time
        // the sentence itself gives; not a noun the sentence named before: "ein Papier … dieses Papier")
        for (int i = 1; i + 1 < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (t.get(i).text().equals(";") || t.get(i).text().equals(",")) {
                break;   // "…; dieser Unterschied ist …", "…, though there is little to support this claim": the clause before told it
            }
            if (!DEMONSTRATIVES.contains(w) || resolved.contains(i)) {
                continue;
            }
            int n = i + 1;
            while (n < t.size() && t.get(n).is("ADJ")) {
                n++;
            }
            if (n < t.size() && t.get(n).is("NOUN") && !TIME_NOUNS.contains(t.get(n).lemma().toLowerCase(Locale.ROOT))
                    && !namedBefore(t, n)) {
                return true;
            }
        }
        // "we", "us", "you" outside quotation marks: a speaker or an addressee named elsewhere ("the price of the wheat you
        // sell us"); inside them the quotation's speaker is asked for or named
        boolean quoted = false;
        for (Token x : t) {
            if (x.isPunct() && QUOTE_MARKS.indexOf(x.text().charAt(0)) >= 0) {
                quoted = !quoted;
            } else if (!quoted && x.is("PRON") && SPEAKER_PRONOUNS.contains(x.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // the main clause after a fronted clause opens with a pronoun subject: "Furnished with notes by Luther, …, it played
        // a major role", "Ergänzt um Notizen von Luther, …, spielte sie eine wichtige Rolle" (a name before does not tell who)
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!t.get(i - 1).text().equals(",") || resolved.contains(i) || resolved.contains(i + 1)) {
                continue;
            }
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            boolean verbNext = t.get(i + 1).is("VERB") || t.get(i + 1).is("AUX");
            if (SUBJECT_PRONOUNS_EN.contains(w) && verbNext
                    || (t.get(i).is("VERB") || t.get(i).is("AUX")) && PRONOUN_SUBJECTS.contains(t.get(i + 1).text())) {
                return true;
            }
        }
        // a personal pronoun anywhere else, with no name before it in the sentence: "have now banned it, but it
        // remains lawful", "Furnished with notes …, it played a major role"
        boolean named = false;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            named |= x.is("PROPN") && !x.text().endsWith("isch") || resolved.contains(i);   // "in Lateinisch … welche er …": a language names nobody
            if (!named && x.is("PRON") && PERSONAL.contains(x.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** An indefinite article is no part of a name: "A Norman named Oursel". */
    private static final java.util.Set<String> DETERMINER_WORDS = java.util.Set.of("A", "An", "Ein", "Eine", "Einer");
    private static final java.util.Set<String> DEMONSTRATIVE_SUBJECTS = java.util.Set.of("das", "dies", "this", "that", "these",
            "those");
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("dieses", "dieser", "diesem", "diesen", "diese",
            "this", "these", "those");
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("jahr", "zeit", "zeitraum", "jahrhundert", "jahrzehnt",
            "tag", "woche", "monat", "zeitpunkt", "phase", "epoche", "year", "time", "period", "century", "decade", "day", "week",
            "month", "point", "stage", "era");

    /** A demonstrative with no noun of its own after it: "ist dies bekannt", not "ist dieses Jahr". */
    private static boolean standsAlone(List<Token> t, int i) {
        int n = i + 1;
        if (n >= t.size()) {
            return true;
        }
        boolean noun = t.get(n).is("NOUN") || t.get(n).is("PROPN")
                || t.get(n).is("ADJ") && n + 1 < t.size() && (t.get(n + 1).is("NOUN") || t.get(n + 1).is("PROPN"));
        return !noun;
    }

    /** The noun (by lemma) stands earlier in the sentence: "ein Papier … dieses Papier". */
    private static boolean namedBefore(List<Token> t, int n) {
        String lemma = t.get(n).lemma().toLowerCase(Locale.ROOT);
        for (int k = 0; k < n - 1; k++) {
            if (t.get(k).lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Personal pronouns that stand for something named before ("es" left out: "es gibt", "es wurde beschlossen"). */
    private static final java.util.Set<String> PERSONAL = java.util.Set.of("it", "they", "them", "he", "she", "him",
            "er", "ihn", "ihm", "ihnen");

    private static final java.util.Set<String> LIST_WORDS = java.util.Set.of(",", "und", "oder", "and", "or", "sowie");

    /**
     * Why the fact makes a poor gap, or null: a name that is the article's topic (everyone knows it),
     * one item of a list, a word in brackets, or a name spelled out by the abbreviation after it.
     */
    /** The tokens of the sentence that belong to a name the article mentions. */
    private static java.util.Set<Integer> nameTokens(Facts facts, Sentence s) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (var m : facts.mentions()) {
            if (m.sentence() == s.index()) {
                for (int k = m.fromToken(); k < m.toToken(); k++) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * The sentence's first word moved inside the question is written as the article writes it
     * elsewhere: "Plague occurred 22 times …" asks "Where did plague occur 22 times?", as the
     * article speaks of "the plague"; a name stays capitalised.
     */
    private String lowerMovedFirstWord(String clause, Sentence s, Facts facts) {
        String first = s.tokens().get(0).text();
        String lower = first.toLowerCase(Locale.ROOT);
        if (facts.text().article().language() != Language.EN || first.equals(lower) || first.equals("I") || clause.startsWith(first)
                || facts.mentions().stream().anyMatch(m -> m.sentence() == s.index() && m.fromToken() == 0 && m.confidence() >= MIN_CONFIDENCE)
                || !containsWord(facts.text().article().text(), lower)) {
            return clause;
        }
        return clause.replaceFirst("(?<!\\p{L})" + Pattern.quote(first) + "(?!\\p{L})", lower);
    }

    /** Whether some word of the text begins with the prefix (no pattern per call: this runs for every gap). */
    private static boolean startsAWord(String text, String prefix) {
        for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
            if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence has a slip of the article a question would copy ("sein Angriffe"): passages print none. */
    public boolean hasSourceFlaw(Sentence s, Facts facts) {
        // asked for every template and fact of the sentence: once per sentence is enough
        return flawed.computeIfAbsent(s, x -> clauses.sourceFlaw(x, facts.text().article().language(), nameTokens(facts, x)) != null);
    }

    /** Whether the fact makes a good gap (see {@link #badGap}); cloze passages ask this per gap. */
    public boolean gapAllowed(Fact f, Facts facts) {
        Sentence s = facts.text().sentences().get(f.sentence());
        return !hasSourceFlaw(s, facts) && badGap(s, f, facts, true) == null;
    }

    /** @param inPassage the gap stands in a whole paragraph, which gives each sentence its context */
    private String badGap(Sentence s, Fact f, Facts facts, boolean inPassage) {
        var t = s.tokens();
        int from = f.fromToken();
        int to = f.toToken();
        if (!inPassage && leansOnContext(s, facts)) {
            return "the sentence points back to the one before (\"Sie\", \"However\", \"seine\")";
        }
        if (f.type() == FactType.QUOTE && INTENSIFIERS.contains(f.text().split(" ")[0].toLowerCase(Locale.ROOT))) {
            return "an evaluative phrase only word-for-word recall fills";   // „ein „_____“ zustande gebracht“ → „solch dramatisches Treffen“
        }
        if (f.type() != FactType.QUOTE && partOfLongerQuotation(s)) {
            return "part of a quotation that runs over several sentences";   // "Let's say _____ more.\""
        }
        if (yearInTitle(f, facts)) {
            return "the worksheet's heading prints its year";   // "1973 Oil Crisis" above "On _____, Syria and Egypt …"
        }
        if (f.type() == FactType.DATE && nextYearBeside(t, from, to)) {
            return "the year, decade or century next to it gives it away";   // "Ende _____ und Anfang 1962", "in den 1960er und _____"
        }
        if (f.type() == FactType.DATE && to < t.size() && to > 0 && Character.isLetter(t.get(to).text().charAt(0))
                && Character.isUpperCase(t.get(to).text().charAt(0)) && Character.isLetter(f.text().charAt(0))) {
            return "part of a name";   // "the coveted _____ Times University of the Year award" → Sunday
        }
        if (f.type() == FactType.DATE && ("century".equals(f.slot("kind")) || "decade".equals(f.slot("kind"))) && yearBeside(t, from, to)) {
            return "a year of the sentence tells the century";   // "in February 2014 … a closure year of 2017 … in the _____"
        }
        if (f.type() == FactType.NUMBER && "word".equals(f.slot("kind"))) {
            return "a count word away from what it counts";   // "zwei spektrophotometrische Absorptionsbande … bei 687 und 760 nm"
        }
        if (f.type() == FactType.NUMBER && to + 3 < t.size() && t.get(to + 1).text().equals("(")
                && NUMBER_START.matcher(t.get(to + 2).text()).matches()) {
            return "converted in the brackets after its unit";   // "_____ mm (5 Fuß 3 Zoll)"
        }
        if (f.type() == FactType.NUMBER && inRange(s, f)) {
            return "one end of a range";   // "zwischen _____ und 80 Kammreihen": an option would make up a range
        }
        if (inPassage && f.type() == FactType.DATE && yearRangeEnd(t, from, to)) {
            // "Between _____ and 1750" beside a word bank: the other end rules the spare years out (a fill-in question
            // without options still needs the article)
            return "one end of a range of years";
        }
        if (f.type() == FactType.NUMBER && (from > 0 && Character.isUpperCase(t.get(from - 1).text().charAt(0))
                && Character.isLetter(t.get(from - 1).text().charAt(0))
                || to < t.size() && t.get(to).text().startsWith("(") && t.get(to).span().start() == f.span().end())) {
            return "a number that is part of a name";   // "Apollo _____", "Level _____ Communications", "_____(c)(3)"
        }
        if ((f.type() == FactType.QUANTITY || f.type() == FactType.NUMBER) && numberAgain(s, f)) {
            return "the sentence says the number again";   // "and _____ … intercepted four passes of his own"
        }
        if (f.type() == FactType.QUANTITY && countedOff(s, f, facts)) {
            return "the names beside it can be counted";   // "partnered with _____ in 1886, Robert Lane and Benjamin Vail"
        }
        if (derivedWordGivesAway(s, f)) {
            return "a word of the sentence is made from the answer";   // "In Tibetan Buddhism … in _____" → Tibet
        }
        if (to + 2 < t.size() && t.get(to).text().equals("(") && NUMBER_START.matcher(t.get(to + 1).text()).matches()
                && !t.get(to + 1).text().endsWith("%") && !SHARES.contains(t.get(to + 2).text().toLowerCase(Locale.ROOT))
                && (f.type() == FactType.QUANTITY || f.type() == FactType.NUMBER)) {
            return "converted in the brackets after it";   // "the _____ (5 ft 3 in) broad gauge"
        }
        if (NAMES.contains(f.type()) && facts.text().article().language() == Language.EN && to < t.size()
                && t.get(to).is("NOUN") && Character.isLowerCase(t.get(to).text().charAt(0))) {
            return "a name used as an attribute of the noun after it";   // "the _____ economy", "the lunar surface _____ suit"
        }
        if (NAMES.contains(f.type()) && facts.text().article().language() == Language.EN && to < t.size() && to > 0
                && Character.isUpperCase(t.get(to).text().charAt(0)) && t.get(to).text().chars().allMatch(Character::isLetter)
                && !t.get(to).is("DET") && !t.get(to).is("ADP") && !t.get(to).is("PRON") && !t.get(to).is("CCONJ")) {
            return "part of a longer name";   // "assigned to _____ Digital for restoration"
        }
        if (NAMES.contains(f.type()) && facts.text().article().language() == Language.EN && ofCapitalised(t, from)) {
            return "part of a longer name";   // "On the Babylonian Captivity of the _____", "the Bank of _____"
        }
        if (NAMES.contains(f.type()) && DETERMINER_WORDS.contains(f.text().split(" ")[0])) {
            return "not a name: it opens with an indefinite article";   // "_____ named Oursel led a force" → A Norman
        }
        if (insideBrackets(t, from, to)) {
            return "in brackets";   // "(_____ 3 Zoll)": asides and conversions are not what the text is about
        }
        if (to + 2 < t.size() && t.get(to).text().equals("(") && t.get(to + 2).text().equals(")")
                && t.get(to + 1).text().matches("\\p{Lu}[\\p{Lu}\\d.&-]+")) {
            return "spelled out by the abbreviation after it";
        }
        if (NAMES.contains(f.type()) && f.slot("base") != null && f.text().equals(f.slot("base") + "s")
                && facts.text().article().language() == Language.DE) {
            // "_____ Secondarys", "die Verfassung _____": a genitive name is an attribute, guessed from its -s
            return "a name in the genitive, an attribute of the noun beside it";
        }
        // "Das Wojciech _____ (1922-26)", "die Digital _____": the name goes on beside the gap (before a person's
        // name a capitalised word is mostly a title or the subject: "Cornerback Josh Norman", "ernannte Nixon William E. Simon")
        if (NAMES.contains(f.type()) && (f.type() != FactType.PERSON && from > 1 && (capitalisedName(t.get(from - 1))
                || unknownCapitalised(t.get(from - 1), facts)) || to < t.size() && capitalisedName(t.get(to)))) {
            return "part of a longer name";
        }
        if (NAMES.contains(f.type())) {
            if (inListOfItsKind(s, f, facts)) {
                return "one item of a list";   // "Lublin, Kraków, _____, Poznań": which one is missing tests no reading
            }
            if (isTopic(f.text(), facts) || titleNamesPlace(f, facts)) {
                return "the article's topic";
            }
            if (f.type() == FactType.PLACE && facts.text().article().language() == Language.DE
                    && from > 0 && t.get(from - 1).is("DET")) {
                return "a German place name after its article";   // "in den _____", "in der _____": few places (or spare words) take it
            }
            if (isSetting(f, facts)) {
                return "the country the article is set in";   // "the new communist authorities of _____" in an article on Warsaw
            }
            if (restated(s, f)) {
                return "the words around the gap restate the name";   // "the _____ – the first academy of dramatic art"
            }
        }
        if ((f.type() == FactType.QUANTITY || f.type() == FactType.NUMBER) && from == 0 && !inPassage) {
            return "the count is the whole subject";   // "_____ operate over 760 mm lines" → "Two tourist railways"
        }
        return null;
    }

    /**
     * Whether a list word ("," "und" "and" "oder" …) joins the fact to another fact of its type
     * in the sentence, with at most an article or adjective between: "Lublin, Kraków, _____" and
     * "Ford, Toyota und _____", but not "defeated the _____ in the divisional round" or an
     * apposition ", the _____, …" beside a word of another kind.
     */
    private static boolean inListOfItsKind(Sentence s, Fact f, Facts facts) {
        var t = s.tokens();
        for (Fact o : facts.facts()) {
            if (o == f || o.sentence() != f.sentence() || o.type() != f.type()) {
                continue;
            }
            int between0 = o.toToken() <= f.fromToken() ? o.toToken() : f.toToken();
            int between1 = o.toToken() <= f.fromToken() ? f.fromToken() : o.fromToken();
            if (between1 < between0 || between1 - between0 > 3) {
                continue;
            }
            boolean listWord = false;
            boolean other = false;
            for (int i = between0; i < between1; i++) {
                var w = t.get(i);
                if (LIST_WORDS.contains(w.text().toLowerCase(Locale.ROOT))) {
                    listWord = true;
                } else if (!w.is("DET") && !w.is("ADJ")) {
                    other = true;
                }
            }
            if (listWord && !other) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an evaluation rather than name a thing: „solch dramatisches Treffen“, "such a great event". */
    private static final java.util.Set<String> INTENSIFIERS = java.util.Set.of("solch", "solche", "solches", "solcher", "so",
            "sehr", "ganz", "äußerst", "such", "very", "quite", "really", "extremely");

    /** Whether the title names the place in any language or form: "Warschau" under the heading "Warsaw". */
    private boolean titleNamesPlace(Fact f, Facts facts) {
        if (f.type() != FactType.PLACE) {
            return false;
        }
        String name = f.slot("name") != null ? f.slot("name") : f.text();
        String[] words = facts.text().article().title().replace("Quiz: ", "").split(" ");
        for (int i = 0; i < words.length; i++) {
            StringBuilder gram = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 3); j++) {
                gram.append(j > i ? " " : "").append(words[j].replaceAll("[^\\p{L}.]", ""));
                if (samePlace.test(name, gram.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a date's year stands in the article's title. */
    private static boolean yearInTitle(Fact f, Facts facts) {
        if (f.type() != FactType.DATE) {
            return false;
        }
        java.util.regex.Matcher m = YEAR_IN_TEXT.matcher(f.text());
        String title = facts.text().article().title();
        while (m.find()) {
            if (containsWord(title, m.group())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

    /** Mentions that make a country the article's setting: a pupil guesses it without reading. */
    static final int SETTING_MENTIONS = 3;

    /**
     * A country the article names {@link #SETTING_MENTIONS} times or more, by any of its names
     * wherever they stand ("US", "U.S. government", "United States") and by adjectives made from
     * its name ("Polen": "polnischen", "Poland": "Polish", "Deutschland": "deutschsprachigen").
     */
    boolean isSetting(Fact f, Facts facts) {
        if (f.type() != FactType.PLACE || !"country".equals(f.slot("kind"))) {
            return false;
        }
        return setting.computeIfAbsent(f, x -> countsAsSetting(x, facts));
    }

    private boolean countsAsSetting(Fact f, Facts facts) {
        String stem = f.text().length() >= 5 ? f.text().substring(0, 4).toLowerCase(Locale.ROOT) : null;
        int n = 0;
        for (Sentence s : facts.text().sentences()) {
            var t = s.tokens();
            for (int i = 0; i < t.size() && n < SETTING_MENTIONS; i++) {
                // a name of one to three tokens, also in the genitive ("Polens") and inside a longer name ("Supreme Court of
                // the United States")
                int len = nameAt(s, i, f.text());
                if (len > 0) {
                    n++;
                    i += len - 1;
                } else if (stem != null && t.get(i).is("ADJ") && t.get(i).text().toLowerCase(Locale.ROOT).startsWith(stem)) {
                    n++;
                }
            }
        }
        return n >= SETTING_MENTIONS;
    }

    /** Tokens at {@code i} that name the place, as the text writes it or by another of its names; 0 when none. */
    private int nameAt(Sentence s, int i, String place) {
        var t = s.tokens();
        for (int len = Math.min(3, t.size() - i); len >= 1; len--) {
            String words = s.textOf(i, i + len);
            if (!Character.isUpperCase(words.charAt(0))) {
                return 0;
            }
            String bare = words.endsWith("s") && words.length() > 3 ? words.substring(0, words.length() - 1) : words;
            if (words.equals(place) || bare.equals(place) || samePlace.test(words, place)) {
                return len;
            }
        }
        return 0;
    }

    /**
     * Whether half or more of a name's longer words (four letters and more) stand elsewhere in
     * its sentence, by their first five letters (all but the last of a shorter word: "arts" as
     * "art"): "Institute of Dramatic Arts" beside "academy of dramatic art" leaves only "Upati" to
     * recall.
     */
    static boolean restated(Sentence s, Fact f) {
        String[] words = WORD_BREAK.split(f.text().toLowerCase(Locale.ROOT));
        String rest = (s.text().substring(0, f.span().start() - s.span().start()) + " "
                + s.text().substring(f.span().end() - s.span().start())).toLowerCase(Locale.ROOT);
        int longWords = 0;
        int found = 0;
        for (String w : words) {
            String x = lettersOf(w);
            if (x.length() < 4) {
                continue;
            }
            longWords++;
            if (startsAWord(rest, x.substring(0, Math.min(5, x.length() - 1)))) {
                found++;
            }
        }
        return longWords >= 2 && 2 * found >= longWords;
    }

    /**
     * A capitalised German word the dictionary does not know, not even as a compound of a noun it
     * knows ("Das Wojciech …", but not "Staatsagentur"): a name, whatever its tag.
     */
    private boolean unknownCapitalised(dev.quizgen.nlp.Token w, Facts facts) {
        String x = w.text();
        if (facts.text().article().language() != Language.DE || !Character.isUpperCase(x.charAt(0))
                || !x.chars().allMatch(Character::isLetter) || clauses.knowsGerman(x)) {
            return false;
        }
        for (int i = 1; i + 3 < x.length(); i++) {
            if (clauses.knowsGerman(Character.toUpperCase(x.charAt(i)) + x.substring(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern YEAR_TOKEN = Pattern.compile("1[0-9]{3}|20[0-9]{2}");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

    private static String lettersOf(String w) {
        StringBuilder b = new StringBuilder(w.length());
        w.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString();
    }
    private static final Pattern NUMBER_START = Pattern.compile("\\d.*");
    /** "111,529 families (70.4% of all households)": a share in brackets is another fact, no conversion. */
    private static final java.util.Set<String> SHARES = java.util.Set.of("%", "prozent", "percent", "per");

    private static final Map<String, Integer> SMALL_COUNTS = Map.of("2", 2, "two", 2, "zwei", 2, "3", 3, "three", 3, "drei", 3,
            "4", 4, "four", 4, "vier", 4);

    /** Whether the fact's number (a word or digits: "four", "4", "1.500") stands again elsewhere in its sentence. */
    private static boolean numberAgain(Sentence s, Fact f) {
        String n = f.slot("number");
        if (n == null || n.isBlank()) {
            return false;
        }
        String key = n.toLowerCase(Locale.ROOT);
        Integer small = SMALL_COUNTS.get(key);
        var t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (i >= f.fromToken() && i < f.toToken()) {
                continue;
            }
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (w.equals(key) && (key.chars().anyMatch(Character::isDigit) || small != null)
                    || small != null && small.equals(SMALL_COUNTS.get(w))) {
                return true;
            }
        }
        return false;
    }

    /** A small count of people or organisations whose names follow it in the sentence, as many as it says. */
    private static boolean countedOff(Sentence s, Fact f, Facts facts) {
        Integer n = f.slot("number") == null ? null : SMALL_COUNTS.get(f.slot("number").toLowerCase(Locale.ROOT));
        if (n == null) {
            return false;
        }
        int names = 0;
        for (var m : facts.mentions()) {
            if (m.sentence() == s.index() && m.fromToken() >= f.toToken() && m.fromToken() <= f.toToken() + 12
                    && (m.type() == dev.quizgen.facts.EntityType.PERSON || m.type() == dev.quizgen.facts.EntityType.ORGANIZATION)) {
                names++;
            }
        }
        return names == n || listOf(s, facts) == n;
    }

    /** The longest list of names in the sentence ("Ford, Toyota and Holden": 3), names joined only by commas and "and". */
    private static int listOf(Sentence s, Facts facts) {
        List<dev.quizgen.facts.Mention> in = facts.mentions().stream().filter(m -> m.sentence() == s.index())
                .sorted(java.util.Comparator.comparingInt(dev.quizgen.facts.Mention::fromToken)).toList();
        int best = in.isEmpty() ? 0 : 1;
        int run = 1;
        for (int i = 1; i < in.size(); i++) {
            boolean joined = in.get(i).fromToken() > in.get(i - 1).toToken() - 1;
            for (int k = in.get(i - 1).toToken(); joined && k < in.get(i).fromToken(); k++) {
                joined = LIST_WORDS.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT));
            }
            run = joined && in.get(i).fromToken() > in.get(i - 1).toToken() ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }

    /** A word of the sentence outside the gap that begins with the one-word answer: "Tibetan" for "Tibet", "polnischen" for "Polen" not. */
    private static boolean derivedWordGivesAway(Sentence s, Fact f) {
        String answer = f.text().toLowerCase(Locale.ROOT);
        if (answer.length() < 4 || !answer.chars().allMatch(Character::isLetter)) {
            return false;
        }
        var t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if ((i < f.fromToken() || i >= f.toToken()) && w.length() > answer.length() && w.startsWith(answer)) {
                return true;
            }
        }
        return false;
    }

    /** A year of the fact with the year before or after it a few words away: one gives the other. */
    private static boolean nextYearBeside(List<dev.quizgen.nlp.Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String kind = sequenceKind(t, i);
            if (kind == null) {
                continue;
            }
            int value = sequenceValue(t.get(i).text());
            int step = kind.equals("decade") ? 10 : 1;
            for (int k = Math.max(0, from - 4); k < Math.min(t.size(), to + 4); k++) {
                if ((k < from || k >= to) && kind.equals(sequenceKind(t, k))
                        && Math.abs(sequenceValue(t.get(k).text()) - value) == step) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern DECADE = Pattern.compile("1[0-9]{2}0(er|s)|20[0-9]0(er|s)");
    private static final Pattern ORDINAL = Pattern.compile("[1-9][0-9]?(\\.|st|nd|rd|th)");

    /**
     * What a token counts in, for "the next one beside it": a year ("Ende 1961 und Anfang _____"),
     * a decade ("in den 1960er und _____"), an ordinal ("des 18. und _____ Jahrhunderts"); else null.
     */
    private static String sequenceKind(List<dev.quizgen.nlp.Token> t, int i) {
        String token = t.get(i).text();
        if (YEAR_TOKEN.matcher(token).matches()) {
            return "year";
        }
        if (DECADE.matcher(token).matches()) {
            return "decade";
        }
        // the tokenizer cuts "18." into "18" and "."
        boolean cutOrdinal = token.length() <= 2 && token.charAt(0) >= '1' && token.charAt(0) <= '9'
                && token.chars().allMatch(Character::isDigit) && i + 1 < t.size() && t.get(i + 1).text().equals(".");
        return ORDINAL.matcher(token).matches() || cutOrdinal ? "ordinal" : null;
    }

    private static int sequenceValue(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : n;
        }
        return n;
    }

    private static final Pattern A_YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");

    private static final java.util.Set<String> RANGE_OPENERS = java.util.Set.of("between", "from", "zwischen", "von");

    /** The date is one end of "between/from X and/to Y" whose other end is a year. */
    private static boolean yearRangeEnd(List<Token> t, int from, int to) {
        boolean opened = from > 0 && RANGE_OPENERS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT));
        boolean yearAfter = to + 1 < t.size() && RANGE_WORDS.contains(t.get(to).text().toLowerCase(Locale.ROOT))
                && A_YEAR.matcher(t.get(to + 1).text()).matches();
        boolean yearBefore = from > 1 && RANGE_WORDS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))
                && A_YEAR.matcher(t.get(from - 2).text()).matches() && from > 2
                && RANGE_OPENERS.contains(t.get(from - 3).text().toLowerCase(Locale.ROOT));
        return opened && yearAfter || yearBefore;
    }

    /** A year outside the fact's words. */
    private static boolean yearBeside(List<Token> t, int from, int to) {
        for (int k = 0; k < t.size(); k++) {
            if ((k < from || k >= to) && A_YEAR.matcher(t.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "… Captivity of the Church", "Bank of England": the name after "of (the)" ends a longer capitalised name or title. */
    private static boolean ofCapitalised(List<Token> t, int from) {
        int k = from - 1;
        if (k >= 0 && t.get(k).text().equals("the")) {
            k--;
        }
        if (k < 1 || !t.get(k).text().equals("of")) {
            return false;
        }
        Token before = t.get(k - 1);
        return k - 1 > 0 && Character.isUpperCase(before.text().charAt(0)) && before.text().chars().allMatch(Character::isLetter);
    }

    private static boolean capitalisedName(dev.quizgen.nlp.Token w) {
        return w.is("PROPN") && Character.isUpperCase(w.text().charAt(0));
    }

    /** An odd number of quotation marks: the sentence opens or closes a quotation that goes on in another one. */
    private static boolean partOfLongerQuotation(Sentence s) {
        int marks = 0;
        for (int i = 0; i < s.text().length(); i++) {
            char c = s.text().charAt(i);
            marks += c == '"' || c == '„' || c == '“' || c == '”' || c == '«' || c == '»' ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    private static boolean insideBrackets(java.util.List<dev.quizgen.nlp.Token> t, int from, int to) {
        int depth = 0;
        for (int k = 0; k < from; k++) {
            String w = t.get(k).text();
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
        }
        if (depth <= 0) {
            return false;
        }
        for (int k = to; k < t.size(); k++) {
            if (t.get(k).text().equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** The article's topic: a name in its title, or the name mentioned far more often than any other. */
    public static boolean isTopic(String name, Facts facts) {
        // a title made up from the lead ("Quiz: Der nordkoreanische Machthaber …") says nothing of the topic
        String title = facts.text().article().title().startsWith("Quiz: ") ? ""
                : facts.text().article().title().toLowerCase(Locale.ROOT);
        for (String w : WORD_BREAK.split(name)) {
            if (w.length() > 2 && containsWord(title, w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (var m : facts.mentions()) {
            for (String w : m.text().split(" ")) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        int mine = 0;
        for (String w : name.split(" ")) {
            mine = Math.max(mine, counts.getOrDefault(w, 0));
        }
        int others = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!name.contains(e.getKey())) {
                others = Math.max(others, e.getValue());
            }
        }
        return mine >= 4 && mine >= 2 * others || !name.contains(" ") && wordsStartingWith(facts.text().article().text(), name) >= TOPIC_WORDS;
    }

    /** A one-word name that the article's words begin with this often ("Warschau", "Warschauer", "Warschaus") is its topic. */
    static final int TOPIC_WORDS = 5;

    private static int wordsStartingWith(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    private static String gapped(Sentence s, Fact f) {
        int start = f.span().start() - s.span().start();
        int end = f.span().end() - s.span().start();
        return s.text().substring(0, start) + GAP + s.text().substring(end);
    }

    private static String fill(String pattern, Map<String, String> slots) {
        Matcher m = SLOT.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = slots.get(m.group(1));
            if (v == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether the stem contains the answer as whole words (the bench's rule). */
    static boolean leaks(String stem, String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        if (a.length() < 3) {
            return false;
        }
        // the same as find() of (?<!\w)QUOTE(a)(?!\w), without compiling a pattern per question
        String s = stem.toLowerCase(Locale.ROOT);
        for (int i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) {
            int end = i + a.length();
            if ((i == 0 || !isWordChar(s.charAt(i - 1))) && (end == s.length() || !isWordChar(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Java regex {@code \w} without UNICODE_CHARACTER_CLASS: ASCII letters, digits and underscore. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        if (space) {
            b.append(' ');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
