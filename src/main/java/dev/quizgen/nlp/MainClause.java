package dev.quizgen.nlp;

import dev.quizgen.article.Language;
import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of a simple declarative main clause: the words before the finite verb (German
 * Vorfeld / English subject position) and the finite verb. Questions are only formed from
 * sentences that have one; the rest become cloze or choice questions.
 *
 * @param sentence the sentence
 * @param finite   index of the finite verb
 * @param end      index of the final punctuation (exclusive end of the clause's words)
 */
public record MainClause(Sentence sentence, int finite, int end) {
    private static final Set<String> EN_AUX = Set.copyOf(java.util.List.of("is", "are", "was", "were", "has", "have", "had", "can",
            "could", "will", "would", "shall", "should", "may", "might", "must", "does", "do", "did"));

    /** Tokens [0, finite): the prefield. */
    public int prefieldEnd() {
        return finite;
    }

    public Token finiteVerb() {
        return sentence.tokens().get(finite);
    }

    /**
     * The main clause of a sentence, or null when the sentence is not a simple statement: not
     * ending in a full stop, without a finite verb, or with commas, semicolons or colons that
     * signal clauses a rule cannot safely rearrange.
     */
    public static MainClause of(Sentence s, Language language, GermanLexicon lexicon) {
        List<Token> t = s.tokens();
        if (t.size() < 3 || !t.get(t.size() - 1).text().equals(".")) {
            return null;
        }
        int end = t.size() - 1;
        for (int i = 0; i < end; i++) {
            String w = t.get(i).text();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!")) {
                return null;
            }
        }
        for (int i = 1; i < end; i++) {
            Token tok = t.get(i);
            if (!(tok.is("VERB") || tok.is("AUX"))) {
                continue;
            }
            boolean finite = language == Language.DE ? germanFinite(tok.text(), lexicon) : englishFinite(tok);
            if (finite && language == Language.EN && secondMainVerb(t, i + 1, end)) {
                return null;   // "A Norman named Oursel led …": which verb is the clause's is unclear
            }
            if (finite) {
                return new MainClause(s, i, end);
            }
            return null;   // first verb is not finite: not a simple V2 statement
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
