package dev.quizgen.nlp.opennlp;

import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;

/**
 * German lemmas from the full-form dictionary, choosing the reading that fits the UD tag. A noun
 * the dictionary lacks is a compound whose longest known tail gives the lemma
 * ({@code Gehminuten} → {@code Gehminute}), an unknown adjective is a known one with an ending
 * ({@code spielentscheidenden} → {@code spielentscheidend}); other unknown words keep their form,
 * except verbs and adjectives these rules cannot place, whose lemmas the fact extractors read:
 * those are left to the model.
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
                case "ADJ" -> adjective(lex, word);
                case "VERB", "AUX" -> verb(lex, word);
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

    private static final String[] ADJECTIVE_ENDINGS = {"en", "em", "er", "es", "e"};
    /** Adjective suffixes whose words inflect regularly: the stem is the lemma. */
    private static final java.util.regex.Pattern REGULAR_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{L}{2,}(isch|ig|lich|bar|los|haft|sam|artig|iert|är|ell|iv|ös)");

    /**
     * The lemma of an unknown verb from its longest known verb tail: a separable prefix joins
     * the tail's lemma, a zu-infinitive loses its zu ({@code voranzutreiben} → {@code vorantreiben},
     * {@code wiederaufgebaut} → {@code wiederaufbauen}); null when no tail is a known verb.
     */
    static String verb(GermanLexicon lex, String word) {
        String w = word.toLowerCase(java.util.Locale.GERMAN);
        for (int i = 1; i < w.length() - 3; i++) {
            String tail = w.substring(i);
            for (Reading r : lex.readings(tail)) {
                if (r.tagStarts("VER")) {
                    String prefix = w.substring(0, i);
                    if (prefix.endsWith("zu") && prefix.length() > 2 && r.has("INF")) {
                        prefix = prefix.substring(0, prefix.length() - 2);
                    }
                    return prefix + r.lemma();
                }
            }
        }
        return null;
    }

    /** The lemma of an unknown inflected adjective whose stem, or the stem's tail, the dictionary knows; else null. */
    static String adjective(GermanLexicon lex, String word) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.length() <= ending.length() + 2 || !word.endsWith(ending)) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            if (REGULAR_ADJECTIVE.matcher(stem).matches()) {
                return stem.toLowerCase(java.util.Locale.GERMAN);   // tibetischen, restaurierte, evolutionären
            }
            int hyphen = stem.lastIndexOf('-');
            int from = hyphen >= 0 ? hyphen + 1 : 0;
            for (int i = from; i < stem.length() - 2; i++) {
                String lemma = adjectiveLemma(lex, stem.substring(i));
                if (lemma != null) {
                    return stem.substring(0, i) + lemma;
                }
            }
        }
        return null;
    }

    private static String adjectiveLemma(GermanLexicon lex, String w) {
        for (Reading r : lex.readings(w)) {
            if ((r.tagStarts("ADJ") || r.tagStarts("PA1") || r.tagStarts("PA2")) && r.lemma().equals(w)) {
                return r.lemma();
            }
        }
        return null;
    }
}
