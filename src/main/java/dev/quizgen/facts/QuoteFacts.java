package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.MainClause;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * QUOTE facts: words in quotation marks with their speaker. The speaker is the noun phrase at a
 * speech verb in the same sentence ({@code …, sagte ein Sprecher des Ministeriums}, {@code Trump
 * said}), after {@code laut}/{@code according to}, or — for German reported speech in the
 * subjunctive — the last speaker named in the same paragraph ({@code KCNA beschrieb … habe …}).
 * A quote without a speaker ({@code hieß es}) is kept with no {@code speaker} slot. Words in
 * quotation marks with neither speaker nor speech verb are terms or scare quotes, and after a
 * title noun ({@code die Hymne „…“}, {@code his article, "…"}) titles: those keep a low
 * confidence (below what questions use) and a {@code kind} slot ({@code term}, {@code title}).
 */
final class QuoteFacts implements FactExtractor {
    private static final Set<String> OPEN = Set.copyOf(java.util.List.of("„", "“", "\"", "»", "«", "‚", "‘"));
    private static final Set<String> CLOSE = Set.copyOf(java.util.List.of("“", "”", "\"", "«", "»", "‘", "’"));
    private static final Set<String> IMPERSONAL = Set.of("es", "it", "man");
    private static final Set<String> PRONOUNS = Set.copyOf(java.util.List.of("er", "sie", "he", "she"));
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "sein", "seine", "seinem", "seinen", "seiner");
    private static final Set<String> STOP = Set.copyOf(java.util.List.of("in", "aus", "am", "im", "bei", "auf", "on", "at", "in", "from", "am"));

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        String paragraphSpeaker = null;
        int paragraph = -1;
        int consumedSentence = -1;   // a quote over several sentences ends in this sentence …
        int consumedToken = -1;      // … at this token: what lies before is inside it
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphSpeaker = null;
            }
            if (s.index() < consumedSentence) {
                continue;
            }
            List<Token> t = s.tokens();
            String speaker = speakerAfterVerb(doc, s);
            if (speaker == null) {
                speaker = speakerBeforeVerb(doc, s);
            }
            if (speaker == null) {
                speaker = speakerBySubject(doc, s);
            }
            if (speaker == null) {
                speaker = speakerByPhrase(doc, s);
            }
            if (speaker == null) {
                speaker = speakerByPronoun(doc, s);
            }
            if (speaker == null) {
                speaker = previousWriter(doc, s);
            }
            boolean speech = speaker != null || hasSpeechVerb(doc, s);
            boolean reported = doc.language() == Language.DE && isReported(doc, s);
            String sentenceSpeaker = speaker;
            if (speaker == null && reported) {
                speaker = paragraphSpeaker;
            }
            for (int i = s.index() == consumedSentence ? consumedToken + 1 : 0; i < t.size(); i++) {
                if (!OPEN.contains(t.get(i).text())) {
                    continue;
                }
                int close = -1;
                for (int j = i + 1; j < t.size(); j++) {
                    if (CLOSE.contains(t.get(j).text())) {
                        close = j;
                        break;
                    }
                }
                if (close < 0 && i + 1 < t.size()) {
                    int[] end = closeInLaterSentence(doc, s);
                    if (end != null) {
                        out.add(longQuote(doc, s, i, end, speaker, speech));
                        consumedSentence = end[0];
                        consumedToken = end[1];
                        break;
                    }
                }
                if (close < 0 || close == i + 1) {
                    continue;
                }
                Map<String, String> slots = new LinkedHashMap<>();
                int end = close;
                if (end - 1 > i + 1 && Set.of(",", ";", ":").contains(t.get(end - 1).text())) {
                    end--;   // "This is good," said X: the comma belongs to the sentence, not the answer
                }
                String quote = s.textOf(i + 1, end);
                slots.put("quote", quote);
                slots.put("quoted", s.textOf(i, close + 1));
                boolean title = isTitle(doc, t, i);
                double confidence;
                if (title) {
                    slots.put("kind", "title");
                    confidence = 0.3;
                } else if (afterArticle(t, i)) {
                    slots.put("kind", "term");   // erklärte ihn zum „Herzog von Apulien“, the "mad scientist"
                    confidence = 0.4;
                } else if (speaker != null) {
                    slots.put("speaker", capitalise(speaker));
                    confidence = 0.8;
                } else if (speech) {
                    confidence = 0.6;
                } else {
                    slots.put("kind", "term");
                    confidence = 0.4;
                }
                out.add(new Fact(FactType.QUOTE, quote, s.spanOf(i + 1, end), s.index(), i + 1, end, i, close + 1,
                        slots, confidence));
                i = close;
            }
            String introduced = introducer(doc, s);
            if (sentenceSpeaker != null) {
                paragraphSpeaker = sentenceSpeaker;
            } else if (introduced != null) {
                paragraphSpeaker = introduced;
            }
        }
        return out;
    }

    /** The closing mark of a quote that goes on past its sentence: {sentence, token}, within the paragraph, or null. */
    private static int[] closeInLaterSentence(Document doc, Sentence s) {
        List<Sentence> all = doc.sentences();
        for (int k = s.index() + 1; k < all.size() && k <= s.index() + 12 && all.get(k).paragraph() == s.paragraph(); k++) {
            List<Token> t = all.get(k).tokens();
            for (int j = 0; j < t.size(); j++) {
                if (CLOSE.contains(t.get(j).text())) {
                    return j == 0 ? null : new int[] {k, j};
                }
                if (OPEN.contains(t.get(j).text()) && !CLOSE.contains(t.get(j).text())) {
                    return null;   // a new quote opens first: the marks do not pair up
                }
            }
        }
        return null;
    }

    /**
     * A quote over several sentences (the Shah of Iran's answer in an interview). Its tokens are
     * those of the first sentence; text and span run to the closing mark. Longer than any quote
     * template takes, it is there for the record and for "who said" facts.
     */
    private static Fact longQuote(Document doc, Sentence s, int open, int[] end, String speaker, boolean speech) {
        String article = doc.text().article().text();
        Sentence last = doc.sentences().get(end[0]);
        int from = s.tokens().get(open + 1).span().start();
        int to = last.tokens().get(end[1] - 1).span().end();
        String quote = article.substring(from, to);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("quote", quote);
        slots.put("quoted", article.substring(s.tokens().get(open).span().start(), last.tokens().get(end[1]).span().end()));
        slots.put("sentences", String.valueOf(end[0] - s.index() + 1));
        if (speaker != null) {
            slots.put("speaker", capitalise(speaker));
        }
        int n = s.tokens().size();
        return new Fact(FactType.QUOTE, quote, new dev.quizgen.nlp.Span(from, to), s.index(), open + 1, n, open, n, slots,
                speaker != null ? 0.8 : speech ? 0.6 : 0.4);
    }

    /**
     * A German preposition fused with its article right before the opening mark ({@code zum „Herzog
     * von Apulien“}, {@code im „Café Central“}): a title or a name follows, not speech. (A bare
     * article does not tell: reported speech quotes phrases, {@code ein „Wendepunkt“}.)
     */
    private static boolean afterArticle(List<Token> t, int open) {
        return open > 0 && Set.of("zum", "zur", "vom", "beim", "im", "am").contains(t.get(open - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "…, welche er auf Deutsch niederschrieb": a sentence with a speech verb whose speaker is
     * {@code er}/{@code he}/{@code she}; or one whose subject is "his essay"/"sein Aufsatz": the
     * last person named before.
     */
    private static String speakerByPronoun(Document doc, Sentence s) {
        List<Token> t = s.tokens();
        if (hasSpeechVerb(doc, s)) {
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).is("PRON") && Set.of("er", "he", "she").contains(t.get(k).text().toLowerCase(Locale.ROOT))
                        && !insideQuote(t, k)) {
                    return resolve(doc, s, k, k + 1);
                }
            }
        }
        int k = 1;
        while (k < t.size() && t.get(k).is("ADJ")) {
            k++;
        }
        if (k < t.size() && POSSESSIVES.contains(t.get(0).text().toLowerCase(Locale.ROOT))
                && (t.get(k).is("NOUN") || t.get(k).is("PROPN")) && doc.lexicon().isTitleNoun(t.get(k).text())) {
            return lastPerson(doc, s.index(), 0);
        }
        return null;
    }

    /**
     * "A piece of paper was later found on which Luther had written his last statement. The
     * statement was in Latin, apart from "We are beggars," …": a sentence that speaks of words
     * and names no one takes its speaker from the sentence before, when that one names a person
     * who speaks or writes.
     */
    private static String previousWriter(Document doc, Sentence s) {
        if (s.index() == 0 || !hasQuote(s) || !hasSpeechNoun(doc, s)) {
            return null;
        }
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
                return null;
            }
        }
        Sentence prev = doc.sentences().get(s.index() - 1);
        if (prev.paragraph() != s.paragraph()) {
            return null;
        }
        List<Token> t = prev.tokens();
        for (Mention m : doc.mentionsIn(prev.index())) {
            if (m.type() != EntityType.PERSON || m.confidence() < 0.6) {
                continue;
            }
            for (int k = m.toToken(); k < t.size() && k <= m.toToken() + 5 && !t.get(k).isPunct(); k++) {
                if (t.get(k).is("VERB") && doc.lexicon().isSpeechVerb(t.get(k).lemma())) {
                    return doc.canonical(m);
                }
            }
        }
        return null;
    }

    private static boolean hasQuote(Sentence s) {
        for (Token tok : s.tokens()) {
            if (OPEN.contains(tok.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSpeechNoun(Document doc, Sentence s) {
        for (Token tok : s.tokens()) {
            if ((tok.is("NOUN") || tok.is("PROPN")) && doc.lexicon().isSpeechNoun(tok.text()) && !insideQuote(s.tokens(), s.tokens().indexOf(tok))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token k stands between quotation marks. */
    private static boolean insideQuote(List<Token> t, int k) {
        boolean open = false;
        for (int i = 0; i < k; i++) {
            String w = t.get(i).text();
            if (!open && OPEN.contains(w)) {
                open = true;
            } else if (open && CLOSE.contains(w)) {
                open = false;
            }
        }
        return open;
    }

    private static String lastPerson(Document doc, int sentence, int token) {
        Mention last = null;
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON && m.confidence() >= 0.6
                    && (m.sentence() < sentence || m.sentence() == sentence && m.toToken() <= token)) {
                last = m;
            }
        }
        return last == null ? null : doc.canonical(last);
    }

    /** A title noun right before the opening mark (die Hymne „…“, his article, "…"), or a translation in brackets after a title. */
    private static boolean isTitle(Document doc, List<Token> t, int open) {
        int k = open - 1;
        if (k >= 0 && t.get(k).text().equals(",")) {
            k--;
        }
        if (k >= 0 && (t.get(k).is("NOUN") || t.get(k).is("PROPN")) && doc.lexicon().isTitleNoun(t.get(k).text())
                && !doc.lexicon().isSpeechNoun(t.get(k).text())) {
            return true;   // not "den Worten „Wir sind Bettler”": words someone said are a quote
        }
        return open >= 2 && t.get(open - 1).text().equals("(") && CLOSE.contains(t.get(open - 2).text());
    }

    private static boolean hasSpeechVerb(Document doc, Sentence s) {
        for (Token tok : s.tokens()) {
            if ((tok.is("VERB") || tok.is("AUX")) && doc.lexicon().isSpeechVerb(tok.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "laut X", "X zufolge", ", so X,", "according to X" → X. */
    private static String speakerByPhrase(Document doc, Sentence s) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size() - 1; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            int from = -1;
            if (w.equals("laut") && t.get(k).isAdposition()) {
                from = k + 1;
            } else if (w.equals("according") && t.get(k + 1).text().equals("to")) {
                from = k + 2;
            } else if (w.equals("so") && k > 0 && t.get(k - 1).text().equals(",") && k + 1 < t.size()
                    && (t.get(k + 1).is("DET") || t.get(k + 1).is("PROPN"))) {
                from = k + 1;
            }
            if (from < 0 || from >= t.size()) {
                continue;
            }
            int to = from;
            while (to < t.size() && (t.get(to).is("DET") || t.get(to).is("ADJ") || t.get(to).is("NOUN")
                    || t.get(to).is("PROPN")) && to - from < 6) {
                to++;
            }
            // "laut den Vertragsbestimmungen", "according to member state size": a source, not a speaker
            if (to > from && (t.get(to - 1).is("NOUN") || t.get(to - 1).is("PROPN")) && (hasAnyName(doc, s, from, to) || hasRole(doc, t, from, to))) {
                return resolve(doc, s, from, to);
            }
        }
        return null;
    }

    /** ", sagte ein Sprecher des Ministeriums in Seoul." → "ein Sprecher des Ministeriums" */
    private static String speakerAfterVerb(Document doc, Sentence s) {
        List<Token> t = s.tokens();
        for (int v = 1; v < t.size() - 1; v++) {
            Token verb = t.get(v);
            if (!verb.is("VERB") || !doc.lexicon().isSpeechVerb(verb.lemma())) {
                continue;
            }
            if (!t.get(v - 1).text().equals(",") && !CLOSE.contains(t.get(v - 1).text()) && !introducesQuote(t, v)) {
                continue;
            }
            int from = v + 1;
            if (t.get(from).isAdposition() || t.get(from).isPunct()) {
                continue;   // "said in an interview:": the speaker stands before the verb
            }
            if (doc.language() == Language.EN && !quoteBefore(t, v)) {
                continue;   // "…, said member states "…"": after the verb stands what was said, not who said it
            }
            int to = from;
            boolean noun = false;
            while (to < t.size() && !t.get(to).isPunct()) {
                Token k = t.get(to);
                if (noun && k.isAdposition() && STOP.contains(k.text().toLowerCase(Locale.ROOT))) {
                    break;
                }
                noun |= k.is("NOUN") || k.is("PROPN") || k.is("PRON");
                to++;
            }
            while (to > from + 1 && t.get(to - 1).is("ADV")) {
                to--;   // "sagte Tesla beispielsweise"
            }
            if (!noun || to - from > 8 || IMPERSONAL.contains(t.get(from).text().toLowerCase(Locale.ROOT))) {
                continue;   // "hieß es": no speaker
            }
            return resolve(doc, s, from, to);
        }
        return null;
    }

    /** Whether a quotation closes before the verb: ""…," said X". */
    private static boolean quoteBefore(List<Token> t, int verb) {
        for (int k = 0; k < verb; k++) {
            if (CLOSE.contains(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a colon and an opening mark follow the verb: "erklärte der Schah in einem Interview: „…". */
    private static boolean introducesQuote(List<Token> t, int verb) {
        for (int k = verb + 1; k + 1 < t.size(); k++) {
            if (t.get(k).text().equals(":") && OPEN.contains(t.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Der Europäische Gerichtshof, der seine Ansicht … bekräftigte, erklärte, …" / "The Court of
     * Justice, repeating its view in …, said …": the named subject at the start of the sentence,
     * with a clause between commas before the speech verb.
     */
    private static String speakerBySubject(Document doc, Sentence s) {
        List<Token> t = s.tokens();
        int end = 0;
        while (end < t.size() && (t.get(end).is("DET") || t.get(end).is("ADJ") || t.get(end).is("NOUN") || t.get(end).is("PROPN")
                || end > 0 && Set.of("of", "von", "der", "des").contains(t.get(end).text()))) {
            end++;
        }
        if (end == 0 || end >= t.size() || !t.get(end).text().equals(",") || !(hasName(doc, s, 0, end) || hasRole(doc, t, 0, end))) {
            return null;
        }
        for (int v = end + 2; v < t.size(); v++) {
            Token verb = t.get(v);
            if (OPEN.contains(verb.text())) {
                return null;   // the speech verb comes before any quote
            }
            if (verb.is("VERB") && doc.lexicon().isSpeechVerb(verb.lemma()) && t.get(v - 1).text().equals(",")) {
                return resolve(doc, s, 0, end);
            }
        }
        return null;
    }

    /** A name of any kind: "according to the Treaty on European Union" names a source too. */
    private static boolean hasAnyName(Document doc, Sentence s, int from, int to) {
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.fromToken() >= from && m.toToken() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRole(Document doc, List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((t.get(k).is("NOUN") || t.get(k).is("PROPN")) && doc.lexicon().isRole(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Trump sagte: „…“" / "Trump said that …" → the words before the speech verb. */
    private static String speakerBeforeVerb(Document doc, Sentence s) {
        List<Token> t = s.tokens();
        for (int v = 1; v < Math.min(t.size(), 8); v++) {
            Token verb = t.get(v);
            if (verb.is("VERB") && doc.lexicon().isSpeechVerb(verb.lemma())) {
                boolean allNp = true;
                for (int k = 0; k < v; k++) {
                    Token x = t.get(k);
                    allNp &= x.is("DET") || x.is("ADJ") || x.is("NOUN") || x.is("PROPN") || x.is("PRON");
                }
                if (allNp && hasName(doc, s, 0, v)) {
                    return resolve(doc, s, 0, v);
                }
                // "Weeks later, the Shah of Iran said in an interview: …": the noun phrase right before the verb
                int from = v;
                while (from > 0 && (t.get(from - 1).is("DET") || t.get(from - 1).is("ADJ") || t.get(from - 1).is("NOUN")
                        || t.get(from - 1).is("PROPN") || Set.of("of", "von").contains(t.get(from - 1).text()))) {
                    from--;
                }
                boolean role = false;
                for (int k = from; k < v; k++) {
                    role |= (t.get(k).is("NOUN") || t.get(k).is("PROPN")) && doc.lexicon().isRole(t.get(k).text());
                }
                if (from < v && from > 0 && t.get(from - 1).isPunct() && (role || hasName(doc, s, from, v))
                        && introducesQuote(t, v)) {
                    return resolve(doc, s, from, v);
                }
                return null;
            }
        }
        return null;
    }

    /** A sentence whose subject names who describes or says something: the speaker of what follows. */
    private static String introducer(Document doc, Sentence s) {
        MainClause c = MainClause.of(s, doc.language(), doc.lexicon().german());
        if (c == null || !doc.lexicon().isSpeechVerb(c.finiteVerb().lemma()) || !hasName(doc, s, 0, c.finite())) {
            return null;
        }
        return s.textOf(0, c.finite());
    }

    private static boolean hasName(Document doc, Sentence s, int from, int to) {
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.fromToken() >= from && m.toToken() <= to
                    && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    /** Reported speech: the main clause's finite verb is a subjunctive (habe, sei, hätten); else any verb of the sentence. */
    private static boolean isReported(Document doc, Sentence s) {
        MainClause c = MainClause.of(s, doc.language(), doc.lexicon().german());
        if (c != null) {
            return MainClause.isSubjunctive(c.finiteVerb().text(), doc.lexicon().german());
        }
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type() == EntityType.PERSON && m.confidence() >= 0.6) {
                return false;   // a sentence about a named person of its own is not the last speaker's report
            }
        }
        for (Token tok : s.tokens()) {
            if ((tok.is("AUX") || tok.is("VERB")) && MainClause.isSubjunctive(tok.text(), doc.lexicon().german())) {
                return true;
            }
        }
        return false;
    }

    /** The speaker's words; a pronoun is replaced by the last person named before it. */
    private static String resolve(Document doc, Sentence s, int from, int to) {
        if (to - from == 1 && PRONOUNS.contains(s.tokens().get(from).text().toLowerCase(Locale.ROOT))) {
            Mention last = null;
            for (Mention m : doc.mentions()) {
                if (m.type() == EntityType.PERSON && (m.sentence() < s.index()
                        || m.sentence() == s.index() && m.toToken() <= from)) {
                    last = m;
                }
            }
            return last == null ? null : doc.canonical(last);
        }
        Mention m = doc.mentionAt(s.index(), from);
        if (m != null && m.fromToken() == from && m.toToken() == to) {
            return doc.canonical(m);
        }
        return s.textOf(from, to);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
