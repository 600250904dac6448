package dev.quizgen.nlp;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of a declarative main clause: the words before the finite verb (German Vorfeld /
 * English subject position), the finite verb, and where the main clause ends. Questions are only
 * formed from sentences that have one; the rest become cloze or choice questions.
 *
 * <p>Besides a sentence without commas, a main clause may be followed, up to the full stop, by a
 * subordinate clause ({@code …, der/die/das … VERB.}, {@code …, weil … VERB.}, {@code …, um … zu
 * VERB.}, {@code …, which …}, {@code …, because …}; German ones may hold further verb-final
 * clauses), a second clause or predicate ({@code …, aber …}, {@code …, dann erfolgte …},
 * {@code …, but …}) or a dash afterthought: the main clause then ends before that comma or dash,
 * and it must be complete there. English sentences may also open with an adverbial
 * ({@code In 1884, Tesla moved …}, {@code In 1700 several hundred Huguenots …}); only
 * {@link #withOpening} finds those. Any other comma (in the prefield, an apposition, a list, a
 * {@code dass}/{@code that} object clause, a condition) rejects the sentence: better a cloze than
 * a broken question.
 *
 * @param sentence the sentence
 * @param start    first token of the clause: 0, or the subject after an English opening adverbial and its comma
 * @param finite   index of the finite verb
 * @param end      exclusive end of the main clause: the final punctuation, or the comma before a trailing clause
 * @param tail     the kind of clause after {@code end}, {@link Tail#NONE} when {@code end} is the final punctuation
 */
public record MainClause(Sentence sentence, int start, int finite, int end, Tail tail) {
    /** What follows the main clause up to the final full stop. */
    public enum Tail {
        /** nothing: the main clause ends at the full stop */
        NONE,
        /** a relative clause ({@code , die von Tesla entworfen wurden}, {@code , where he worked}) */
        RELATIVE,
        /** an adverbial clause ({@code , weil …}, {@code , um … zu …}, {@code , because …}, {@code , leading …}) */
        ADVERBIAL,
        /** an afterthought after a single dash ({@code two universities — Newcastle University and …}) */
        ASIDE,
        /** a second clause or predicate ({@code , but failed …}, {@code , dann erfolgte …}, {@code , konnte aber …}) */
        COORDINATE
    }

    private static final Set<String> EN_AUX = Set.copyOf(List.of("is", "are", "was", "were", "has", "have", "had", "can",
            "could", "will", "would", "shall", "should", "may", "might", "must", "does", "do", "did"));
    /** Conjunctions of German adverbial clauses whose main clause is complete without them. */
    private static final Set<String> DE_ADVERBIAL = Set.copyOf(List.of("weil", "da", "nachdem", "bevor", "ehe", "während",
            "obwohl", "obgleich", "obschon", "wenngleich", "indem", "sodass", "damit", "bis", "seit", "seitdem", "sobald",
            "solange", "wobei", "wodurch", "womit", "weshalb", "weswegen", "wohingegen", "als", "was"));
    /** German relative pronouns and relative adverbs. */
    private static final Set<String> DE_RELATIVE = Set.copyOf(List.of("der", "die", "das", "dem", "den", "denen", "deren",
            "dessen", "welcher", "welche", "welches", "welchem", "welchen", "wo", "wohin", "woher", "worin", "worauf",
            "woran", "worüber", "wofür"));
    /** "um … zu spielen": infinitive clauses that are adverbials, not objects ("begann, … zu treten"). */
    private static final Set<String> DE_INFINITIVE = Set.of("um", "ohne", "anstatt", "statt");
    private static final Set<String> DE_COORDINATORS = Set.of("aber", "doch", "denn", "und", "oder");
    private static final Set<String> DE_OPENING_CONJUNCTIONS = Set.copyOf(List.of("dass", "ob", "nachdem", "obwohl",
            "weil", "bevor", "sobald", "seitdem", "falls", "wenn", "um", "indem", "sodass"));
    /** Further words that start a German subordinate clause: inside a trailing clause they are fine. */
    private static final Set<String> DE_SUBORDINATE = Set.copyOf(List.of("dass", "ob", "wie", "wer", "wen", "wem",
            "warum", "wann", "wieso", "wenn", "falls", "sofern", "um", "ohne", "anstatt", "statt"));
    private static final Set<String> EN_ADVERBIAL = Set.copyOf(List.of("because", "although", "though", "while", "whereas",
            "since", "after", "before", "until", "till", "once", "when", "whenever"));
    private static final Set<String> EN_RELATIVE = Set.of("which", "who", "whom", "whose", "where");
    private static final Set<String> OPEN_QUOTES = Set.of("„", "»", "«", "‚", "“");
    private static final Set<String> CLOSE_QUOTES = Set.of("“", "”", "«", "»", "‘");

    /** Tokens [start, finite): the prefield (German) or subject (English). */
    public int prefieldEnd() {
        return finite;
    }

    public Token finiteVerb() {
        return sentence.tokens().get(finite);
    }

    /**
     * The main clause of a sentence whose prefield starts the sentence ({@code start() == 0}), or
     * null when the sentence is not a plain statement: not ending in a full stop, without a finite
     * verb, with semicolons or colons, or with commas other than before a trailing clause.
     */
    public static MainClause of(Sentence s, Language language, GermanLexicon lexicon) {
        return find(s, language, lexicon, false);
    }

    /**
     * Like {@link #of}, but an English sentence may also open with an adverbial and a comma
     * ({@code In 1884, Tesla moved to New York.}, {@code After the war, the company …}); the clause
     * then starts after that comma. Callers that read the prefield as the sentence's first words use {@link #of}.
     */
    public static MainClause withOpening(Sentence s, Language language, GermanLexicon lexicon) {
        return find(s, language, lexicon, true);
    }

    private static MainClause find(Sentence s, Language language, GermanLexicon lexicon, boolean openings) {
        List<Token> t = s.tokens();
        if (t.size() < 3 || !t.get(t.size() - 1).text().equals(".")) {
            return null;
        }
        int last = t.size() - 1;
        int comma = -1;
        int commas = 0;
        for (int i = 0; i < last; i++) {
            String w = t.get(i).text();
            if (w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!")) {
                return null;
            }
            if (w.equals(",")) {
                commas++;
                if (comma < 0) {
                    comma = i;
                }
            }
        }
        int start = 0;
        if (openings && comma >= 0 && language == Language.EN && isOpening(t, comma)) {
            start = comma + 1;
            commas--;
            comma = commas == 0 ? -1 : nextComma(t, start, last);
        } else if (openings && language == Language.EN) {
            start = dateOpening(t, comma >= 0 ? comma : last);
        }
        if (comma >= 0 && insidePair(t, comma) || commas > 1 && language == Language.EN) {
            return null;   // a second comma: an apposition, a list or a nested clause
        }
        int clauseEnd = comma >= 0 ? comma : last;
        int finite = finiteVerb(t, start, clauseEnd, language, lexicon);
        if (finite < 0) {
            return null;   // no verb before the comma, or a comma in the prefield
        }
        if (language == Language.DE && (subordinate(t, start, finite) || comma >= 0 && verbLastBeforeVerb(t, finite, comma)
                || comma >= 0 && secondFinite(t, finite, comma, lexicon))) {
            return null;   // "Nachdem er die Firma verlassen hatte, …": the verb found is the subordinate clause's
        }
        if (comma < 0) {
            int dash = aside(t, finite, last, language, lexicon);
            return dash < 0 ? new MainClause(s, start, finite, last, Tail.NONE) : new MainClause(s, start, finite, dash, Tail.ASIDE);
        }
        if (language == Language.DE && !completeGerman(t, finite, comma, lexicon)) {
            return null;
        }
        Tail tail = language == Language.DE ? germanTail(t, finite, comma, last, lexicon) : englishTail(t, comma, last);
        return tail == null ? null : new MainClause(s, start, finite, comma, tail);
    }

    /**
     * The one free-standing dash after the finite verb that sets off an afterthought to the end
     * ({@code … auf Israel – am Jom Kippur.}), or -1: none, two (a parenthesis), a range
     * ({@code 1922 – 26}) or a hyphen of a shortened word ({@code Start - und Landebahn}).
     */
    private static int aside(List<Token> t, int finite, int last, Language language, GermanLexicon lexicon) {
        int dash = -1;
        for (int i = finite + 1; i < last; i++) {
            String w = t.get(i).text();
            if (w.equals("–") || w.equals("—") || w.equals("-")) {
                if (dash >= 0) {
                    return -1;
                }
                dash = i;
            }
        }
        if (dash < 0 || dash == finite + 1 || dash + 1 >= last) {
            return -1;
        }
        Token before = t.get(dash - 1);
        Token after = t.get(dash + 1);
        if (before.is("NUM") || after.is("NUM") || after.is("CCONJ") || before.is("DET") || before.isAdposition()
                || before.is("CCONJ") || before.span().end() == t.get(dash).span().start()
                || t.get(dash).span().end() == after.span().start()) {
            return -1;
        }
        if (language == Language.DE && !(lexicon.knows(before.text()) || before.is("PROPN") || before.isPunct())) {
            return -1;   // "an Vertretungs - Aushilfslehrkräfte": a word cut short, not the clause's end
        }
        return dash;
    }

    /**
     * "In 1700 several hundred Huguenots …", "On 12 May 1705 the Assembly …": an English date
     * opening without a comma; the index after it, or 0.
     */
    private static int dateOpening(List<Token> t, int end) {
        if (!t.get(0).isAdposition()) {
            return 0;
        }
        int k = 1;
        int lastNumber = 0;
        while (k < end && (t.get(k).is("NUM") || t.get(k).is("PROPN") && k + 1 < end && t.get(k + 1).is("NUM"))) {
            lastNumber = t.get(k).is("NUM") ? k + 1 : lastNumber;
            k++;
        }
        return lastNumber == k && k + 1 < end ? k : 0;
    }

    private static int nextComma(List<Token> t, int from, int last) {
        for (int i = from; i < last; i++) {
            if (t.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** The first verb of [from, to) if it is finite, else -1: a clause whose first verb is not finite is no simple V2 statement. */
    private static int finiteVerb(List<Token> t, int from, int to, Language language, GermanLexicon lexicon) {
        int brackets = 0;
        for (int i = from + 1; i < to; i++) {
            Token tok = t.get(i);
            brackets += tok.text().equals("(") ? 1 : tok.text().equals(")") ? -1 : 0;
            if (!(tok.is("VERB") || tok.is("AUX"))) {
                continue;
            }
            if (brackets > 0) {
                return -1;   // "Diese (die als ausgestorben gelten) wurden …": the verb of an aside
            }
            boolean finite = language == Language.DE ? germanFinite(tok.text(), lexicon) : englishFinite(tok);
            if (!finite || language == Language.EN && secondMainVerb(t, i + 1, to)) {
                return -1;   // "A Norman named Oursel led …": which verb is the clause's is unclear
            }
            return i;
        }
        return -1;
    }

    /**
     * "In 1884," / "After the war," / "Eight years later,": an English adverbial before the
     * subject, without a verb of its own ("When Marconi made …," is a clause, "According to …," a
     * verb phrase).
     */
    private static boolean isOpening(List<Token> t, int comma) {
        if (comma < 1 || comma > 8) {
            return false;
        }
        boolean adverbs = true;
        for (int i = 0; i < comma; i++) {
            adverbs &= t.get(i).is("ADV");
        }
        // "In 1884", "Later", "Eight years later"; not "Thus a virtual connection," (an adverb before the subject)
        if (!(t.get(0).isAdposition() || adverbs || t.get(comma - 1).is("ADV") && !t.get(0).is("ADV"))) {
            return false;
        }
        for (int i = 0; i < comma; i++) {
            Token x = t.get(i);
            if (x.is("VERB") || x.is("AUX") || x.is("SCONJ") || x.isPunct() && !x.text().equals("'s")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the comma stands inside brackets or quotation marks: then it is not where the clause ends. */
    private static boolean insidePair(List<Token> t, int comma) {
        int brackets = 0;
        int quotes = 0;
        boolean straight = false;
        for (int i = 0; i < comma; i++) {
            String w = t.get(i).text();
            brackets += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (w.equals("\"")) {
                straight = !straight;
            } else if (OPEN_QUOTES.contains(w) && (quotes == 0 || !CLOSE_QUOTES.contains(w))) {
                quotes++;
            } else if (CLOSE_QUOTES.contains(w) && quotes > 0) {
                quotes--;
            }
        }
        return brackets > 0 || quotes > 0 || straight;
    }

    /** A modal verb needs its infinitive before the comma ("kann …, weil" alone is half a clause). */
    private static boolean completeGerman(List<Token> t, int finite, int comma, GermanLexicon lexicon) {
        return !hasTag(lexicon, t.get(finite).text(), "VER:MOD") || nonFinite(t, finite + 1, comma, lexicon);
    }

    /** Whether [from, to) holds an infinitive or participle: the rest of the verb after an auxiliary or modal. */
    private static boolean nonFinite(List<Token> t, int from, int to, GermanLexicon lexicon) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).text();
            if (!t.get(i).isCapitalized() && (hasTag(lexicon, w, "VER:INF") || hasTag(lexicon, w, "VER:PA2")
                    || hasTag(lexicon, w, "VER:EIZ"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of a German clause from the comma to the full stop, or null when it is not a
     * verb-final subordinate clause whose main clause is complete without it: "dass", "ob" and
     * "wie" clauses and bare "zu" infinitives are objects of the verb; "wenn" and "falls" make the
     * main clause conditional.
     */
    private static Tail germanTail(List<Token> t, int finite, int comma, int last, GermanLexicon lexicon) {
        if (secondClause(t, comma + 1, last, lexicon)) {
            return Tail.COORDINATE;
        }
        int next = nextComma(t, comma + 1, last);
        int segmentEnd = next < 0 ? last : next;
        Tail tail = germanClause(t, finite, comma, segmentEnd, lexicon);
        // "…, der dazu designt wurde, Außenbordaktivitäten zu ermöglichen.": each further comma ends a
        // verb-final clause and starts another one inside it; anything else (", sowie von …",
        // ", und Pro Bowl-Cornerback …") would be the main clause going on
        if (next >= 0 && hasTag(lexicon, t.get(finite).text(), "VER:AUX") && !nonFinite(t, finite + 1, comma, lexicon)) {
            return null;   // "Probleme werden, die …, als DTIME bezeichnet": the participle may come after the clauses
        }
        while (tail != null && next >= 0) {
            if (insidePair(t, next)) {
                return null;
            }
            int from = next;
            next = nextComma(t, from + 1, last);
            segmentEnd = next < 0 ? last : next;
            if (!(subordinateStart(t, from + 1) && verbFinal(t, segmentEnd, lexicon) || zuInfinitive(t, segmentEnd, lexicon))) {
                return null;
            }
        }
        return tail;
    }

    /**
     * The kind of the German clause [comma + 1, end), or null when it is not a verb-final
     * subordinate clause whose main clause is complete without it: "dass", "ob" and "wie" clauses
     * and bare "zu" infinitives are objects of the verb; "wenn" and "falls" make the main clause conditional.
     */
    private static Tail germanClause(List<Token> t, int finite, int comma, int end, GermanLexicon lexicon) {
        int first = comma + 1;
        if (first + 1 >= end) {
            return null;
        }
        String w = t.get(first).text().toLowerCase(Locale.ROOT);
        if (DE_INFINITIVE.contains(w)) {
            return zuInfinitive(t, end, lexicon) ? Tail.ADVERBIAL : null;
        }
        if (!verbFinal(t, end, lexicon)) {
            return null;   // "…, die Meisterschaft zu gewinnen": an infinitive object, not a relative clause
        }
        if (w.equals("so") && t.get(first + 1).text().equals("dass")) {
            return Tail.ADVERBIAL;
        }
        if (w.equals("als") && (t.get(first + 1).text().equals("ob") || comparative(t, finite, comma, lexicon))) {
            return null;   // "scheint so, als ob …", "höher, als erwartet": part of the main clause
        }
        if (w.equals("was") && !hasNoun(t, finite + 1, comma)) {
            return null;   // "Er sagte, was …": the clause is the object
        }
        if (DE_ADVERBIAL.contains(w)) {
            return Tail.ADVERBIAL;
        }
        int rel = t.get(first).is("ADP") ? first + 1 : first;   // "in dem", "von denen"
        return DE_RELATIVE.contains(t.get(rel).text()) ? Tail.RELATIVE : null;
    }

    /** A German clause that opens with a conjunction ("Nachdem …", "Bald nachdem …", "Um … zu erhöhen"): not a main clause. */
    private static boolean subordinate(List<Token> t, int start, int finite) {
        String first = t.get(start).text().toLowerCase(Locale.ROOT);
        return DE_OPENING_CONJUNCTIONS.contains(first) || t.get(finite - 1).text().equals("zu");
    }

    /**
     * "Als Marconi 1901 funkte, witzelte Tesla …": the verb found stands last before the comma and
     * a verb follows it; that is a subordinate clause before its main clause, not a main clause.
     */
    private static boolean verbLastBeforeVerb(List<Token> t, int finite, int comma) {
        for (int i = finite + 1; i < comma; i++) {
            if (!(t.get(i).is("VERB") || t.get(i).is("AUX") || t.get(i).is("PART"))) {
                return false;
            }
        }
        Token next = t.get(comma + 1);
        return next.is("VERB") || next.is("AUX");
    }

    /**
     * "Die zum Aufkochen benötigte Hitze kann …": a second verb that can only be finite (not
     * after "und") means the first was no finite verb, or two clauses share the words.
     */
    private static boolean secondFinite(List<Token> t, int finite, int end, GermanLexicon lexicon) {
        for (int i = finite + 1; i < end; i++) {
            Token x = t.get(i);
            if ((x.is("VERB") || x.is("AUX")) && !x.isCapitalized() && !t.get(i - 1).is("CCONJ")
                    && germanFinite(x.text(), lexicon) && !hasTag(lexicon, x.text(), "VER:INF")
                    && !hasTag(lexicon, x.text(), "VER:PA2") && !hasTag(lexicon, x.text(), "VER:EIZ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, dann jedoch erfolgte 1904 …", "…, erzwang zudem drei Fumbles …", "…, aber er konnte …":
     * a second main clause or predicate after the comma, which German only starts once the first is
     * complete; its finite verb comes first, after at most two adverbs, or after "aber", "doch", "denn".
     */
    private static boolean secondClause(List<Token> t, int first, int last, GermanLexicon lexicon) {
        int i = first;
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        Token before = t.get(first - 2);
        if (before.is("ADJ") || before.is("DET") || before.isAdposition()) {
            return false;   // "aus einer ähnlichen, aber unbeweglichen Reihe": two adjectives, not two clauses
        }
        if (DE_COORDINATORS.contains(w)) {
            for (int k = i + 1; k < last && !t.get(k).text().equals(","); k++) {
                if ((t.get(k).is("VERB") || t.get(k).is("AUX")) && germanFinite(t.get(k).text(), lexicon)) {
                    return true;
                }
            }
            return false;
        }
        while (i < first + 2 && i < last && t.get(i).is("ADV") && !DE_ADVERBIAL.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        Token v = t.get(i);
        return i + 1 < last && (v.is("VERB") || v.is("AUX")) && !v.isCapitalized() && germanFinite(v.text(), lexicon);
    }

    /** A word that starts a German subordinate clause inside the trailing one ("dass", "der", "in dem", "um"). */
    private static boolean subordinateStart(List<Token> t, int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        String next = i + 1 < t.size() ? t.get(i + 1).text() : "";
        return DE_ADVERBIAL.contains(w) || DE_RELATIVE.contains(w) || DE_SUBORDINATE.contains(w)
                || t.get(i).is("ADP") && DE_RELATIVE.contains(next);
    }

    /** "…, um … zu spielen", "…, den Ball zurückzugewinnen": the clause [.., end) ends in a zu-infinitive. */
    private static boolean zuInfinitive(List<Token> t, int end, GermanLexicon lexicon) {
        Token verb = t.get(end - 1);
        return end >= 2 && t.get(end - 2).text().equals("zu") && hasTag(lexicon, verb.text(), "VER:INF")
                || hasTag(lexicon, verb.text(), "VER:EIZ");
    }

    /** Whether the clause ending before {@code end} ends in a finite verb (not "zu" + infinitive). */
    private static boolean verbFinal(List<Token> t, int end, GermanLexicon lexicon) {
        if (end >= 2 && t.get(end - 2).text().equals("zu")) {
            return false;
        }
        Token last = t.get(end - 1);
        if (last.is("VERB") || last.is("AUX")) {
            return true;
        }
        if (last.isCapitalized()) {
            return false;
        }
        for (Reading r : lexicon.readings(last.text())) {
            if (r.tagStarts("VER:") && (r.has("1") || r.has("2") || r.has("3"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparative(List<Token> t, int from, int to, GermanLexicon lexicon) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("anders") || w.equals("lieber") || hasTag(lexicon, w, "KOM")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNoun(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).is("NOUN") || t.get(i).is("PROPN") || t.get(i).is("NUM")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of an English clause from the comma to the full stop, or null: a relative clause
     * ({@code , which …}, {@code , much of which …}), an adverbial clause ({@code , because …}) or a
     * participle clause ({@code , eventually earning …}), each with a verb. "that", "if" and
     * "unless" clauses are rejected: objects of the verb, or conditions on the main clause.
     */
    private static Tail englishTail(List<Token> t, int comma, int last) {
        int first = comma + 1;
        if (first + 1 >= last) {
            return null;
        }
        boolean verb = false;
        for (int i = first; i < last; i++) {
            verb |= t.get(i).is("VERB") || t.get(i).is("AUX");
        }
        if (!verb) {
            return null;
        }
        String w = t.get(first).text().toLowerCase(Locale.ROOT);
        if (EN_ADVERBIAL.contains(w) || w.equals("so") && t.get(first + 1).text().equals("that")) {
            return Tail.ADVERBIAL;
        }
        if (EN_RELATIVE.contains(w)) {
            return Tail.RELATIVE;
        }
        if (w.equals("and") || w.equals("but") || w.equals("yet")) {
            return Tail.COORDINATE;   // "Carolina had two more drives, but failed to get a first down": both are said
        }
        for (int i = first + 1; i < Math.min(first + 4, last); i++) {
            // "much of which", "two of whom", "in which"
            String x = t.get(i).text().toLowerCase(Locale.ROOT);
            if ((x.equals("which") || x.equals("whom")) && t.get(i - 1).isAdposition()) {
                return Tail.RELATIVE;
            }
        }
        int p = t.get(first).is("ADV") ? first + 1 : first;
        Token participle = t.get(p);
        if (participle.is("VERB") && participle.text().endsWith("ing")) {
            return Tail.ADVERBIAL;
        }
        return null;
    }

    /** "named Oursel led": the verb is part of a name phrase and the clause's verb comes later. */
    private static boolean secondMainVerb(List<Token> t, int from, int end) {
        int j = from;
        while (j < end && t.get(j).is("PROPN")) {
            j++;
        }
        return j > from && j < end && (t.get(j).is("VERB") || t.get(j).is("AUX"));
    }

    private static boolean hasTag(GermanLexicon lexicon, String word, String part) {
        for (Reading r : lexicon.readings(word)) {
            if (r.tag().contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean germanFinite(String word, GermanLexicon lexicon) {
        for (Reading r : lexicon.readings(word)) {
            if (r.tagStarts("VER:") && (r.has("1") || r.has("2") || r.has("3"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean englishFinite(Token tok) {
        String w = tok.text().toLowerCase(Locale.ROOT);
        if (EN_AUX.contains(w)) {
            return true;
        }
        return tok.is("VERB") && !w.endsWith("ing");
    }

    /** Whether the finite verb is in the third person singular or plural (German readings; English by form). */
    public boolean finiteIsSingular(Language language, GermanLexicon lexicon) {
        Token v = finiteVerb();
        if (language == Language.DE) {
            for (Reading r : lexicon.readings(v.text())) {
                if (r.tagStarts("VER:") && r.has("3") && r.has("SIN")) {
                    return true;
                }
            }
            return false;
        }
        String w = v.text().toLowerCase(Locale.ROOT);
        return !(w.equals("are") || w.equals("were") || w.equals("have") || w.equals("do"));
    }

    /** Whether the German finite verb is in the subjunctive (Konjunktiv I or II). */
    public static boolean isSubjunctive(String word, GermanLexicon lexicon) {
        for (Reading r : lexicon.readings(word)) {
            if (r.tagStarts("VER:") && (r.has("KJ1") || r.has("KJ2"))) {
                return true;
            }
        }
        return false;
    }
}
