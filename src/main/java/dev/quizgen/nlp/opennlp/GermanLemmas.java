package dev.quizgen.nlp.opennlp;

import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;

/**
 * German lemmas from the full-form dictionary, choosing the reading that fits the UD tag. A noun
 * the dictionary lacks is a compound whose longest known tail gives the lemma
 * ({@code Gehminuten} → {@code Gehminute}); other unknown words keep their form, except
 * adjectives and verbs, whose lemmas the fact extractors read: those are left to the model.
 */
final class GermanLemmas {
    private GermanLemmas() {
    }

    /** The lemma, or null when the dictionary does not know the word (the caller asks the model). */
    static String lemma(GermanLexicon lex, String word, String upos, boolean sentenceStart) {
        switch (upos) {
            case "PUNCT", "NUM", "SYM", "X" -> {
                return word;
            }
            default -> {
            }
        }
        List<Reading> readings = lex.readings(word);
        if (readings.isEmpty() && sentenceStart && !word.isEmpty()) {
            readings = lex.readings(word.substring(0, 1).toLowerCase(java.util.Locale.GERMAN) + word.substring(1));
        }
        if (readings.isEmpty()) {
            return switch (upos) {
                // only these lemmas are read downstream (speech verbs, adjective endings): ask the model
                case "ADJ", "VERB", "AUX" -> null;
                case "NOUN" -> compound(lex, word);
                default -> word;
            };
        }
        String want = switch (upos) {
            case "NOUN" -> "SUB";
            case "PROPN" -> "EIG";
            case "VERB", "AUX" -> "VER";
            case "ADJ" -> "ADJ";
            case "ADV" -> "ADV";
            case "ADP" -> "PRP";
            case "DET" -> "ART";
            case "PRON" -> "PRO";
            case "CCONJ", "SCONJ" -> "KON";
            default -> "";
        };
        for (Reading r : readings) {
            if (!want.isEmpty() && r.tagStarts(want)) {
                return r.lemma();
            }
        }
        if (upos.equals("PROPN")) {
            for (Reading r : readings) {
                if (r.tagStarts("SUB")) {
                    return r.lemma();
                }
            }
        }
        if (upos.equals("ADJ") || upos.equals("VERB")) {
            for (Reading r : readings) {
                if (r.tagStarts("PA2") || r.tagStarts("PA1") || r.tagStarts("VER")) {
                    return r.lemma();
                }
            }
        }
        return readings.get(0).lemma();
    }

    /** The lemma of an unknown noun from its longest known tail, or the word itself. */
    static String compound(GermanLexicon lex, String word) {
        String prefix = "";
        String w = word;
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1) {
            prefix = w.substring(0, hyphen + 1);
            w = w.substring(hyphen + 1);
            String head = nounLemma(lex, w);
            if (head != null) {
                return prefix + head;
            }
        }
        for (int i = 1; i < w.length() - 2; i++) {
            String tail = w.substring(i, i + 1).toUpperCase(java.util.Locale.GERMAN) + w.substring(i + 1);
            String head = nounLemma(lex, tail);
            if (head != null) {
                return prefix + w.substring(0, i) + head.substring(0, 1).toLowerCase(java.util.Locale.GERMAN) + head.substring(1);
            }
        }
        return word;
    }

    private static String nounLemma(GermanLexicon lex, String w) {
        for (Reading r : lex.readings(w)) {
            if (r.tagStarts("SUB")) {
                return r.lemma();
            }
        }
        return null;
    }
}
