package dev.quizgen.templates;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.MainClause;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a statement into the part of a wh-question after the question word, with the asked-for
 * phrase taken out. German keeps the finite verb second ({@code Trump hatte am Sonntag … betreten}
 * → {@code hatte Trump … betreten} after {@code Wann}); English uses subject–auxiliary inversion
 * or do-support ({@code Trump signed it in 1953} → {@code did Trump sign it}). Only main clauses
 * as {@link MainClause} finds them are turned: a trailing adverbial clause is left out of the
 * question, a German relative clause is kept ({@code Wer wurde zum ersten Quarterback, der …?})
 * unless it describes the asked phrase, and an English opening adverbial is asked for or moved
 * behind ({@code In 1884, Tesla moved to New York.} → {@code did Tesla move to New York} /
 * {@code did Tesla move in 1884}). For anything else the answer is null and the template does not apply.
 */
public final class QuestionClause {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" ([,.?!)])");
    private static final Set<String> CONTINUATIONS = Set.of("bis", "und", "oder", "–", "-", "to",
            "and", "or", "until", "through");
    /** "bis Februar 1854", "since the 1990s": the answer to "Bis wann?", "Since when?", not to "Wann?". */
    private static final Set<String> BOUNDS = Set.of("bis", "until", "till", "through", "by", "seit", "since", "ab");
    /** Words that bound the time after them: left without it they change the meaning ("erst via Twitter"). */
    private static final Set<String> FOCUS = Set.of("erst", "schon", "bereits", "already");
    /** Words that belong to the number after them: without it they would stand alone ("mit mehr als?", "about?"). */
    private static final Set<String> NUMBER_MODIFIERS = Set.copyOf(List.of("als", "than", "as", "wie", "rund", "knapp",
            "fast", "über", "circa", "ca.", "etwa", "ungefähr", "annähernd", "mindestens", "höchstens", "about",
            "around", "nearly", "almost", "over", "under", "some", "approximately", "roughly", "least", "most", "only",
            "just"));
    private static final Set<String> DEMONSTRATIVES = Set.of("das", "dies", "dieses", "jenes", "this", "that", "it");
    /** Words that belong to the quantity before them ("drei Jahre lang", "two years later"). */
    private static final Set<String> AFTER_NUMBERS = Set.copyOf(List.of("lang", "später", "früher", "zuvor", "danach",
            "alt", "long", "later", "earlier", "ago", "old", "before", "after"));
    /** English sentence openers that link to the sentence before: left out of the question, not moved. */
    private static final Set<String> CONNECTIVES = Set.copyOf(List.of("however", "meanwhile", "nevertheless",
            "nonetheless", "moreover", "furthermore", "additionally", "therefore", "thus", "hence", "consequently",
            "instead", "also", "indeed", "still", "yet", "otherwise", "likewise", "similarly", "conversely",
            "accordingly", "then", "notably", "of course", "in fact", "in addition", "as a result", "for example",
            "for instance", "in contrast", "by contrast", "on the other hand", "in particular", "in turn",
            "in other words", "above all", "after all", "at the same time", "in short", "as such", "again"));
    /** Words that point back to the sentences before: an opening with one cannot stand in a question. */
    private static final Set<String> POINTING_BACK = Set.copyOf(List.of("his", "her", "its", "their", "this", "these",
            "those", "that", "them", "him", "it", "they", "he", "she", "such", "our", "my", "your"));
    private static final Set<String> EN_INVERTED = Set.copyOf(List.of("is", "are", "was", "were", "am", "can", "could",
            "will", "would", "shall", "should", "may", "might", "must"));

    private static final Set<String> EN_SUBORDINATORS = Set.copyOf(List.of("that", "which", "who", "whom", "whose",
            "where", "when", "because", "if", "whether", "while", "although"));
    /** Demonstratives: the question would point to what the sentences before said. */
    private static final Pattern POINTING_WORDS = Pattern.compile(
            "(?<![\\p{L}-])(?i:dies|diese[rsmn]?|jene[rsmn]?|this|these|those)(?![\\p{L}-])");
    /** "Wer hat ihren Ursprung …?": "ihr-" cannot refer to "wer". */
    private static final Pattern POSSESSIVE_HER = Pattern.compile("(?<![\\p{L}-])(?i:ihr|ihre[rsmn]?)(?![\\p{L}-])");

    private static final int UNCLEAR = -2;
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[0-9]{3}|20[0-9]{2})(?![\\d.,])");

    private final GermanLexicon german;

    public QuestionClause(GermanLexicon german) {
        this.german = german;
    }

    /** What the sentence copies wrongly from the article ("sein Angriffe", "1603, 1603"), or null. */
    public String sourceFlaw(Sentence s, Language language, java.util.Set<Integer> nameTokens) {
        return SourceFlaws.of(s, language, german, nameTokens);
    }

    /** "MAS" or "FEM" when the German dictionary knows the first name as one only, else null. */
    String sexOfFirstName(String name) {
        boolean mas = false;
        boolean fem = false;
        for (GermanLexicon.Reading r : german.readings(name)) {
            if (r.tagStarts("EIG") && r.has("VOR")) {
                mas |= r.has("MAS");
                fem |= r.has("FEM");
            }
        }
        return mas == fem ? null : mas ? "MAS" : "FEM";
    }

    /** Whether the German dictionary has the word form. */
    public boolean knowsGerman(String form) {
        return german.knows(form);
    }

    /**
     * The clause without tokens [from, to), or null when the sentence is not simple enough. An
     * empty range at the clause's end (from == to == end) takes nothing out: the whole main clause
     * as a question, for a question word that asks about what the sentence does not say ("Warum …?").
     */
    public String without(Sentence s, Language language, int from, int to) {
        String q = question(s, language, from, to);
        // "dieses Verhältnis", "this basin": the question would point to sentences the pupil does not see
        if (q == null || POINTING_WORDS.matcher(q).find()) {
            return null;
        }
        // "Wann wurde Sauerstoff … im Jahr 1773 … und … entdeckt? = im Jahr 1774": another year in the
        // question makes it unclear which event is asked about
        return YEAR.matcher(s.textOf(from, to)).find() && YEAR.matcher(q).find() ? null : q;
    }

    private String question(Sentence s, Language language, int from, int to) {
        MainClause c = MainClause.withOpening(s, language, german);
        if (c == null || from > to || to > c.end() || from == to && to != c.end()) {
            return null;
        }
        List<Token> t = s.tokens();
        int start = c.start();
        int f = c.finite();
        if (from == to) {
            return whole(s, c, language);
        }
        if (to < c.end() && CONTINUATIONS.contains(t.get(to).text().toLowerCase(Locale.ROOT))
                || from > 0 && CONTINUATIONS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))
                || BOUNDS.contains(t.get(from).text().toLowerCase(Locale.ROOT))
                || from > 0 && FOCUS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))
                || from > 0 && t.get(from - 1).is("NUM") && CONTINUATIONS.contains(t.get(from).text().toLowerCase(Locale.ROOT))) {
            // "von 1946 bis 1950": taking out one end would leave half a phrase; "bis Februar 1854"
            // answers "Bis wann?", not "Wann?"; "erst am Samstag" without its date reads "erst via Twitter"
            return null;
        }
        boolean prefieldAsked = from == start && to == f;
        boolean subjectAsked = prefieldAsked && isNounPhrase(t, start, f, false) && !t.get(start).is("NUM");
        // a second predicate ("… ab und belegte den sechsten Platz") or clause ("… und es wurde …")
        int verb = f;
        int end = c.end();
        String tail = relativeTail(s, c, to, language);
        int and = coordination(t, f, end, language);
        if (and == UNCLEAR) {
            return null;
        }
        if (and >= 0) {
            int second = secondVerb(t, and, end);
            if (from > and) {
                if (second < 0 || from <= second || start > 0 || language == Language.DE && !isNounPhrase(t, 0, f, false)
                        || sharedAuxiliary(t, f, and, second)) {
                    return null;   // only a second predicate of the same subject can be asked about
                }
                verb = second;
            } else if (!(subjectAsked && second >= 0)) {
                end = and;   // "Wann wurde die Galerie eröffnet?": the second predicate need not share the time
                tail = "";
            }
        }
        if (start > 0) {
            // an English opening adverbial: "In 1884, Tesla moved to New York.", "In 1700 several hundred …"
            int opening = t.get(start - 1).text().equals(",") ? start - 1 : start;
            if (from == 0 && to == opening) {
                return inverted(s, c, verb, end, -1, -1, "", tail);   // the opening is asked: "When did Tesla move to New York?"
            }
            String moved = from < start ? null : movedOpening(s, opening);
            if (moved == null) {
                return null;
            }
            if (prefieldAsked) {
                return tidy(join(s, f, end) + moved) + tail;   // "Who was granted patents in 1900?"
            }
            return from <= verb ? null : inverted(s, c, verb, end, from, to, moved, tail);
        }
        if (prefieldAsked) {
            if (language == Language.DE && f + 1 < end && pronounSubject(t.get(f + 1), t.get(f))) {
                return null;   // "Wann präsentierte er …?": whom "er" means is not in the question
            }
            String rest = tidy(join(s, f, end));
            return subjectAsked && language == Language.DE && POSSESSIVE_HER.matcher(rest).find() ? null : rest + tail;
        }
        // German may move any simple prefield (a noun phrase or a prepositional phrase) behind the
        // verb; English inverts only around a noun-phrase subject
        if (from <= verb || !isNounPhrase(t, 0, f, language == Language.DE)) {
            return null;
        }
        if (f == 1 && (t.get(0).is("PRON") || DEMONSTRATIVES.contains(t.get(0).text().toLowerCase(Locale.ROOT)))) {
            return null;   // "Wann hatte er …?", "Das führt zu …": whom or what it means is not in the question
        }
        if (partOfLargerPhrase(t, from, to, verb, end, language)) {
            return null;
        }
        if (language == Language.EN) {
            return inverted(s, c, verb, end, from, to, "", tail);
        }
        return germanInverted(s, f, verb, end, from, to, tail);
    }

    /**
     * A German question: the verb, then the prefield, then the rest up to {@code end} without
     * [from, to); a moved adverbial goes after a name or pronoun subject, "sich" before the subject.
     */
    private static String germanInverted(Sentence s, int f, int verb, int end, int from, int to, String tail) {
        List<Token> t = s.tokens();
        String subject = lowerFirst(t, 0, s.textOf(0, f));
        String verbText = t.get(verb).text();
        if (t.get(0).isAdposition() && verb == f) {
            // a moved adverbial goes after a name or pronoun subject: "Wohin zog Tesla im Jahr 1884?"
            int k = f + 1 == from ? to : f + 1;
            int names = k;
            if (names < end && names != from && t.get(names).text().equals("sich")) {
                names++;   // "verbündete sich Tesla im Jahr 1886 …"
            }
            int before = names;
            while (names < end && names != from && t.get(names).is("PROPN")) {
                names++;
            }
            if (names == before && names < end && t.get(names).is("PRON") && names != from) {
                names++;
            }
            if (names > k) {
                String rest = k == f + 1 ? join(s, names, from) + " " + join(s, to, end) : join(s, names, end);
                return tidy(verbText + " " + join(s, k, names) + " " + subject + " " + rest) + tail;
            }
        }
        int m = verb + 1;
        String reflexive = "";
        if (m < from && t.get(m).text().equals("sich") && !t.get(0).is("PRON")) {
            reflexive = "sich";   // "Wann entwickelte sich DECnet …", not "entwickelte DECnet sich"
            m++;
        }
        return tidy(verbText + " " + reflexive + " " + subject + " " + join(s, m, from) + " " + join(s, to, end)) + tail;
    }

    private static boolean pronounSubject(Token word, Token verb) {
        String w = word.text().toLowerCase(Locale.ROOT);
        return Set.of("er", "sie", "ihr", "wir", "ich", "du").contains(w) || w.equals("es") && !verb.lemma().equals("geben");
    }

    /** The whole main clause as a question, nothing taken out: "Tesla zog nach Amerika." → "zog Tesla nach Amerika". */
    private String whole(Sentence s, MainClause c, Language language) {
        List<Token> t = s.tokens();
        int start = c.start();
        int f = c.finite();
        int end = c.end();
        int verb = f;
        int and = coordination(t, f, end, language);
        if (and == UNCLEAR) {
            return null;
        }
        if (and >= 0) {
            // "… hat ihren Ursprung in … und trennte sich 1963 von …, um …": what the sentence goes on
            // to say belongs to the second predicate; a second clause with its own subject is too far
            verb = secondVerb(t, and, end);
            if (verb < 0 || start > 0 || language == Language.DE && !isNounPhrase(t, 0, f, false)
                    || sharedAuxiliary(t, f, and, verb)) {
                return null;
            }
        }
        if (language == Language.EN) {
            String moved = start == 0 ? "" : movedOpening(s, t.get(start - 1).text().equals(",") ? start - 1 : start);
            return moved == null ? null : inverted(s, c, verb, end, -1, -1, moved, "");
        }
        if (!isNounPhrase(t, 0, f, true) || f == 1 && (t.get(0).is("PRON") || DEMONSTRATIVES.contains(t.get(0).text().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return germanInverted(s, f, verb, end, end, end, "");
    }

    /**
     * An English question around the subject [start, finite): the auxiliary or do-support first,
     * then the subject, the rest up to {@code end} without [from, to) (nothing taken out when from
     * is -1), then the moved opening. {@code verb} is the finite verb, or the verb of a second
     * predicate of the same subject ("… and also had designs for …").
     */
    private String inverted(Sentence s, MainClause c, int verb, int end, int from, int to, String moved, String tail) {
        List<Token> t = s.tokens();
        int start = c.start();
        int f = c.finite();
        if (!isNounPhrase(t, start, f, false) || f == start + 1 && t.get(start).is("PRON")) {
            return null;   // "When did he …?": whom "he" means is not in the question
        }
        if (from >= 0 && (partOfLargerPhrase(t, from, to, verb, end, Language.EN) || subordinateBefore(t, verb, from))) {
            return null;
        }
        String subject = start == 0 ? lowerFirst(t, 0, s.textOf(0, f)) : s.textOf(start, f);
        Token v = t.get(verb);
        String form = v.text().toLowerCase(Locale.ROOT);
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        int m = verb + 1;
        if (v.is("AUX") || EN_INVERTED.contains(form) || lemma.equals("be")) {
            return tidy(form + " " + subject + " " + rest(s, m, end, from, to) + moved) + tail;
        }
        String support;
        if (form.equals(lemma)) {
            // "set", "put", "cut" are also past forms: after a singular subject, or in a dated sentence, they are
            support = plural(t, start, f) && !dated(t) ? "do" : "did";
        } else if (form.equals("has") || form.equals(lemma + "s") || form.equals(lemma + "es")
                || form.endsWith("ies") && lemma.endsWith("y")) {
            support = "does";
        } else {
            support = "did";
        }
        String verbs = lemma;
        if (m + 1 < end && m + 1 != from && t.get(m).is("CCONJ") && t.get(m + 1).is("VERB")) {
            // "designed and constructed" → "did … design and construct"
            verbs = lemma + " " + t.get(m).text() + " " + t.get(m + 1).lemma().toLowerCase(Locale.ROOT);
            m += 2;
        }
        return tidy(support + " " + subject + " " + verbs + " " + rest(s, m, end, from, to) + moved) + tail;
    }

    /** Whether the subject [start, f) is plural: "ctenophores", "they", "Tesla and Edison". */
    private static boolean plural(List<Token> t, int start, int f) {
        Token head = t.get(f - 1);
        String w = head.text().toLowerCase(Locale.ROOT);
        for (int k = start; k < f; k++) {
            if (t.get(k).is("CCONJ")) {
                return true;
            }
        }
        return Set.of("we", "they", "you", "i").contains(w)
                || (head.is("NOUN") || head.is("PROPN")) && w.endsWith("s") && !w.endsWith("ss");
    }

    private static boolean dated(List<Token> t) {
        for (Token x : t) {
            if (x.is("NUM") && x.text().matches("1[0-9]{3}|20[0-9]{2}")) {
                return true;
            }
        }
        return false;
    }

    private static String rest(Sentence s, int m, int end, int from, int to) {
        return from < 0 ? join(s, m, end) : join(s, m, from) + " " + join(s, to, end);
    }

    /** "… that each had consumed in 1972": the phrase belongs to a clause inside the main clause. */
    private static boolean subordinateBefore(List<Token> t, int verb, int from) {
        for (int k = verb + 1; k < from; k++) {
            if (t.get(k).is("SCONJ") || EN_SUBORDINATORS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The conjunction that starts a second predicate or clause inside the main clause
     * ({@code … gab 308 Punkte ab und belegte …}, {@code … was founded and only a small number were …}),
     * -1 when there is none, or {@link #UNCLEAR} when several conjunctions stand before the second
     * finite verb ({@code … für Medizin und Chirurgie und es wurde …}) and which one starts it is unclear.
     */
    private int coordination(List<Token> t, int f, int end, Language language) {
        for (int j = f + 2; j < end; j++) {
            Token x = t.get(j);
            if (!(x.is("VERB") || x.is("AUX"))) {
                continue;
            }
            int before = t.get(j - 1).is("ADV") ? j - 2 : j - 1;
            if (before > f + 1 && t.get(before).is("CCONJ") && finite(x, t.get(j - 1), language)) {
                return before;   // "und belegte", "and also had": a second predicate; not "entwarf und baute"
            }
            if (onlyFinite(x, language)) {
                // "… und nur wenige wurden wiederaufgebaut": a second clause with its own subject
                int and = -1;
                for (int k = f + 2; k < j; k++) {
                    if (t.get(k).is("CCONJ")) {
                        if (and >= 0) {
                            return UNCLEAR;
                        }
                        and = k;
                    }
                }
                return and;
            }
        }
        return -1;
    }

    /** A verb that cannot be a participle or infinitive ending the first predicate ("eröffnet", "established" can). */
    private boolean onlyFinite(Token x, Language language) {
        if (language == Language.EN) {
            return x.is("AUX") && !x.text().equalsIgnoreCase("be") && !x.text().equalsIgnoreCase("been");
        }
        return finite(x, x, language) && !x.isCapitalized() && !hasReading(x.text(), "VER:PA2") && !hasReading(x.text(), "VER:INF")
                && !hasReading(x.text(), "VER:EIZ");
    }

    private boolean hasReading(String word, String part) {
        for (GermanLexicon.Reading r : german.readings(word)) {
            if (r.tag().contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The finite verb right after the conjunction (after at most one adverb: "und belegte", "and also had"), or -1. */
    private static int secondVerb(List<Token> t, int and, int end) {
        int j = and + 1;
        if (j < end && t.get(j).is("ADV")) {
            j++;
        }
        return j < end && (t.get(j).is("VERB") || t.get(j).is("AUX")) ? j : -1;
    }

    /** "wurde gegründet und verkauft": the word after the conjunction may be a participle of the same auxiliary. */
    private boolean sharedAuxiliary(List<Token> t, int f, int and, int second) {
        for (GermanLexicon.Reading r : german.readings(t.get(second).text())) {
            if (r.tag().contains("PA2")) {
                for (GermanLexicon.Reading a : german.readings(t.get(f).text())) {
                    if (a.tag().contains("AUX")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean finite(Token x, Token before, Language language) {
        String w = x.text().toLowerCase(Locale.ROOT);
        if (language == Language.EN) {
            return !before.text().equalsIgnoreCase("to") && !w.endsWith("ing");
        }
        for (GermanLexicon.Reading r : german.readings(x.text())) {
            if (r.tagStarts("VER:") && (r.has("1") || r.has("2") || r.has("3"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The opening adverbial [0, comma) as it goes at the end of the question ({@code " in 1884"}),
     * "" for a connective that is left out ({@code However,}), or null when it points back to
     * something the question does not name ({@code Behind them,}).
     */
    private static String movedOpening(Sentence s, int comma) {
        List<Token> t = s.tokens();
        String text = s.textOf(0, comma);
        if (CONNECTIVES.contains(text.toLowerCase(Locale.ROOT))) {
            return "";
        }
        for (int i = 0; i < comma; i++) {
            if (t.get(i).is("PRON") || POINTING_BACK.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return " " + lowerFirst(t, 0, text);
    }

    /**
     * The German relative clause after the main clause, kept in the question because it may say
     * which one is meant ({@code zum ersten Quarterback, der zwei Teams … führte}); left out when
     * it follows the asked phrase, which it would describe. English sets off only non-restrictive
     * relative clauses with a comma, so they are left out; adverbial clauses always are.
     */
    private static String relativeTail(Sentence s, MainClause c, int to, Language language) {
        if (c.tail() != MainClause.Tail.RELATIVE || language != Language.DE) {
            return "";
        }
        List<Token> t = s.tokens();
        for (int k = to; k < c.end(); k++) {
            Token x = t.get(k);
            if (x.is("NOUN") || x.is("PROPN") || x.is("PRON") || x.is("NUM")) {
                // a noun between the phrase and the comma: the relative clause describes that one, or
                // the clause's end ("bekannt", "gehalten") was jumped over as German does
                return tidy(", " + s.textOf(c.end() + 1, t.size() - 1));
            }
        }
        return "";
    }

    /**
     * Whether the phrase is only part of a larger one, so that taking it out would leave the rest
     * hanging: "mehr als ___", "Mitte des ___", "in den letzten ___ Jahren", "von 1073 ___",
     * "___ 's …", "in ___ society", a date inside a participle phrase ("a market built ___").
     */
    private static boolean partOfLargerPhrase(List<Token> t, int from, int to, int f, int end, Language language) {
        boolean preposition = t.get(from).isAdposition();
        boolean number = false;
        int lastDeterminer = -1;
        int lastNoun = -1;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (x.is("VERB") || x.is("AUX")) {
                return true;   // "may" taken for a month: a verb is never the asked phrase
            }
            number |= x.is("NUM");
            lastDeterminer = x.is("DET") || x.pos().equals("ADP+DET") ? k : lastDeterminer;
            lastNoun = x.is("NOUN") || x.is("PROPN") ? k : lastNoun;
        }
        if (lastDeterminer > lastNoun) {
            return true;   // "in der 1834 | gegründeten Schule": the article's noun is outside the phrase
        }
        if (from - 1 > f) {
            Token prev = t.get(from - 1);
            if (prev.is("DET") || prev.isAdposition() || prev.isPunct() || prev.is("SYM")
                    || prev.is("NUM") && !preposition && !(YEAR.matcher(prev.text()).matches() && t.get(from).is("DET"))
                    || NUMBER_MODIFIERS.contains(prev.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!preposition && (prev.is("NOUN") || prev.is("ADJ"))) {
                return true;   // "Ende 2008", "in den Jahren 1348-50", "letzten fünf Jahren"
            }
            if (preposition && prev.is("ADJ") && from - 2 > f && t.get(from - 2).is("DET")) {
                return true;   // "war das erste in Großbritannien": the place belongs to "das erste"
            }
            if (preposition && prev.is("NOUN") && !number) {
                return true;   // "Teil eines Prozesses in ganz Großbritannien": the place may belong to the noun
            }
            int name = from - 1;
            while (name > f && t.get(name).is("PROPN")) {
                name--;
            }
            if (preposition && !number && name < from - 1 && name > f && (t.get(name).is("DET") || t.get(name).isAdposition())) {
                return true;   // "an der Michigan State University in East Lansing": the place belongs to the name
            }
        }
        if (to < end) {
            Token next = t.get(to);
            if (next.text().endsWith("'s") || next.text().endsWith("’s") || next.text().equals(")") || next.text().equals("(")
                    || AFTER_NUMBERS.contains(next.text().toLowerCase(Locale.ROOT))) {
                return true;   // "Victoria's …", "7.000.000 Quadratkilometer (2.700.000 Quadratmeilen)", "drei Jahre lang"
            }
            Token lastWord = t.get(to - 1);
            if (language == Language.EN && next.is("NOUN") && (lastWord.is("PROPN") || lastWord.is("ADJ"))
                    || language == Language.DE && !preposition && next.is("NOUN") && lastWord.is("PROPN")) {
                return true;   // "in Ottoman society", "Denvers Offensive": the name belongs to the noun after it
            }
            if (!preposition && to + 1 < end && (next.is("ADJ") || next.is("VERB")) && t.get(to + 1).is("NOUN")) {
                return true;   // "die 1834 gegründete Schule": the date belongs to the participle
            }
        }
        if (language == Language.EN) {
            for (int k = f + 1; k < from; k++) {
                Token x = t.get(k);
                int p = k - 1;
                while (p > f && t.get(p).is("ADV")) {
                    p--;
                }
                if (x.is("VERB") && !x.text().endsWith("ing") && p > f && (t.get(p).is("NOUN") || t.get(p).is("PROPN"))) {
                    return true;   // "an earlier market originally built in 1808": the date is the market's
                }
            }
        }
        return false;
    }

    private static boolean isNounPhrase(List<Token> t, int from, int to, boolean allowPreposition) {
        for (int i = from; i < to; i++) {
            Token x = t.get(i);
            if (!(x.is("DET") || x.is("ADJ") || x.is("NOUN") || x.is("PROPN") || x.is("PRON") || x.is("NUM")
                    || x.text().equals("'s") || x.text().equals("’s") || allowPreposition && x.isAdposition() && i == from)) {
                return false;
            }
        }
        return to > from;
    }

    /** Sentence-initial determiners, pronouns, prepositions and adverbs lose their capital inside the question. */
    private static String lowerFirst(List<Token> t, int index, String text) {
        Token first = t.get(index);
        if (first.is("ADJ") && index + 1 < t.size() && t.get(index + 1).is("NOUN") && !first.lemma().isEmpty()
                && Character.isLowerCase(first.lemma().charAt(0))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);   // "Frühe Versionen" → "frühe Versionen"
        }
        // a sentence-initial "Sie" in an article is "sie" (they, she); articles do not address the reader
        if ((first.is("DET") || first.is("PRON") || first.isAdposition() || first.is("ADV")) && !first.text().equals("I")) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    private static String join(Sentence s, int from, int to) {
        return from < to ? s.textOf(from, to) : "";
    }

    static String tidy(String s) {
        return SPACE_BEFORE_PUNCT.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("$1").strip();
    }
}
