package dev.quizgen.nlp.opennlp;

import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;

/** German lemmas from the full-form dictionary, choosing the reading that fits the UD tag. */
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
            return upos.equals("PROPN") ? word : null;
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
}
