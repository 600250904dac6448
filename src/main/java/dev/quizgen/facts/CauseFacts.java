package dev.quizgen.facts;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.Sentence;
import dev.quizgen.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CAUSE facts: a reason or a purpose the text marks with a word from {@code causes.<lang>.txt}
 * ({@code weil}, {@code um … zu}, {@code wegen}, {@code because}, {@code due to}). The fact's text
 * is what follows the marker ({@code er Arbeit suchte}); the slot {@code phrase} holds it with
 * the marker ({@code weil er Arbeit suchte}), {@code kind} is {@code cause} or {@code purpose}.
 */
final class CauseFacts implements FactExtractor {
    /** Longer answers are no longer a reason a pupil can name or recognise. */
    static final int MAX_TOKENS = 16;
    private static final Set<String> PHRASE_JOINERS = Set.of("und", "and", "of", "von", "der", "des", "the", "-", "–");

    private record Marker(String kind, String shape, List<String> words) {
    }

    /** The markers of a language, and the words they start with (most tokens start none: one look-up, not a loop). */
    private record Markers(List<Marker> all, Set<String> firstWords) {
    }

    private static final Map<Language, Markers> MARKERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Markers markers(Language language) {
        return MARKERS.computeIfAbsent(language, l -> {
            List<Marker> out = new ArrayList<>();
            Set<String> first = new java.util.HashSet<>();
            for (String line : Lexicon.lines("/lexicon/causes." + l.code() + ".txt")) {
                String[] f = line.split("\\s+");
                out.add(new Marker(f[0], f[1], List.of(f).subList(2, f.length)));
                first.add(f[2]);
            }
            return new Markers(List.copyOf(out), Set.copyOf(first));
        });
    }

    @Override
    public List<Fact> extract(Document doc) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            int last = t.size() - 1;
            if (last < 3 || !t.get(last).isPunct()) {
                continue;
            }
            for (int i = 0; i < last; i++) {
                Marker m = markerAt(doc.language(), t, i);
                if (m == null) {
                    continue;
                }
                int from = i + m.words().size();
                int to = switch (m.shape()) {
                    case "phrase" -> nounPhraseEnd(t, from, last);
                    case "infinitive" -> infinitiveEnd(doc.language(), t, from, last);
                    default -> clauseEnd(doc.language(), doc.lexicon().german(), t, from, last);
                };
                if (to <= from || to - from > MAX_TOKENS) {
                    continue;
                }
                Map<String, String> slots = new LinkedHashMap<>();
                slots.put("kind", m.kind());
                slots.put("shape", m.shape());
                slots.put("phrase", s.textOf(i, to));
                out.add(new Fact(FactType.CAUSE, s.textOf(from, to), s.spanOf(from, to), s.index(), from, to, i, to, slots, 0.8));
                i = to - 1;
            }
        }
        return out;
    }

    /** The marker starting at token i: a subordinating word must open a clause (after a comma or at the start). */
    private static Marker markerAt(Language language, List<Token> t, int i) {
        Markers markers = markers(language);
        if (!markers.firstWords().contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Marker m : markers.all()) {
            int n = m.words().size();
            if (i + n >= t.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < n && match; k++) {
                match = t.get(i + k).text().toLowerCase(Locale.ROOT).equals(m.words().get(k));
            }
            if (!match) {
                continue;
            }
            boolean opensClause = i == 0 || t.get(i - 1).text().equals(",");
            if (m.shape().equals("phrase")) {
                return m;
            }
            if (language == Language.DE && !opensClause) {
                continue;   // "da" and "um" are also adverbs and prepositions inside a clause
            }
            boolean verbNext = i + n < t.size() && isVerb(t.get(i + n));
            if (m.shape().equals("clause") && (language == Language.DE ? verbNext : !t.get(i).is("SCONJ") && n == 1
                    && !t.get(i).text().equalsIgnoreCase("because"))) {
                continue;   // "Da war niemand": a verb right after "da" makes it an adverb, not a clause
            }
            return m;
        }
        return null;
    }

    /** A subordinate clause ends with the sentence or, German being verb-final, at a comma after its verb. */
    private static int clauseEnd(Language language, GermanLexicon german, List<Token> t, int from, int last) {
        int end = clauseEndAnyOrder(language, german, t, from, last);
        // a German subordinate clause puts its verb last
        return language == Language.DE && end > from && !isVerb(t.get(end - 1)) && !germanVerb(german, t.get(end - 1)) ? -1 : end;
    }

    private static int clauseEndAnyOrder(Language language, GermanLexicon german, List<Token> t, int from, int last) {
        if (from < last && (t.get(from).is("SCONJ") || t.get(from).is("ADV"))) {
            return -1;   // "so that when the cilia beat, …": another clause begins
        }
        boolean verb = false;
        for (int k = from; k < last; k++) {
            Token x = t.get(k);
            if (x.text().equals(",") || x.text().equals(";") || x.text().equals(":")) {
                // the clause ended only if the main clause's verb comes next ("Weil …, zog er …");
                // otherwise the comma is inside it ("Da …, Probleme … zu klassifizieren, …")
                boolean mainVerbNext = language == Language.DE && isVerb(t.get(k - 1)) && isVerb(t.get(k + 1));
                return verb && (mainVerbNext || language == Language.EN && from == 1) ? k : -1;
            }
            verb |= isVerb(x) || language == Language.DE && germanVerb(german, x);
        }
        return verb ? last : -1;
    }

    /** "um Geld zu sparen", "in order to save money": ends after the infinitive (German) or with the clause (English). */
    private static int infinitiveEnd(Language language, List<Token> t, int from, int last) {
        if (language == Language.EN) {
            return from < last && isVerb(t.get(from)) ? clauseEndAnyOrder(language, null, t, from, last) : -1;
        }
        for (int k = from; k + 1 < t.size(); k++) {
            Token x = t.get(k);
            if (x.isPunct()) {
                return -1;
            }
            if (x.text().equals("zu") && isVerb(t.get(k + 1)) && k > from) {   // "um zu versuchen, …" opens another clause
                int end = k + 2;
                return end == last || t.get(end).text().equals(",") ? end : -1;
            }
        }
        return -1;
    }

    /** "wegen des Krieges", "due to heavy rains", "aufgrund des raschen Bevölkerungs- und Verkehrsanstiegs". */
    private static int nounPhraseEnd(List<Token> t, int from, int last) {
        int k = from;
        int end = -1;
        while (k < last) {
            Token x = t.get(k);
            String w = x.text().toLowerCase(Locale.ROOT);
            if (x.is("NOUN") || x.is("PROPN") || x.is("NUM")) {
                end = k + 1;
            } else if (!(x.is("DET") || x.is("ADJ") || PHRASE_JOINERS.contains(w) || w.endsWith("-"))) {
                break;
            }
            k++;
        }
        return end;
    }

    /** The tagger takes some German verb forms for nouns or adjectives ("schneite"): the dictionary knows better. */
    private static boolean germanVerb(GermanLexicon german, Token x) {
        return !x.isCapitalized() && german.readings(x.text()).stream().anyMatch(r -> r.tagStarts("VER:"));
    }

    private static boolean isVerb(Token x) {
        return x.is("VERB") || x.is("AUX");
    }
}
