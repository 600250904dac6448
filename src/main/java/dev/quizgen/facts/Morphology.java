package dev.quizgen.facts;

import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import dev.quizgen.nlp.Token;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Case, gender and number of a German noun phrase as it stands in its sentence, from the
 * full-form dictionary: the readings of its article, adjectives and head noun are intersected,
 * and a preposition right before it narrows the case ({@code im} → dative). A feature is given
 * only when one value is left ({@code dem nordkoreanischen Machthaber} → DAT, MAS, SIN;
 * {@code USA} → number PLU, case open).
 */
final class Morphology {
    private static final List<String> CASES = List.of("NOM", "AKK", "DAT", "GEN");
    private static final List<String> NUMBERS = List.of("SIN", "PLU");
    private static final List<String> GENDERS = List.of("MAS", "FEM", "NEU", "NOG");

    private Morphology() {
    }

    /** Slots {@code case}, {@code gender}, {@code number} for tokens [from, to), each only when the dictionary can tell. */
    static Map<String, String> nounPhrase(GermanLexicon lexicon, List<Token> t, int from, int to) {
        int head = to - 1;
        while (head > from && !(t.get(head).is("NOUN") || t.get(head).is("PROPN") || t.get(head).is("X"))) {
            head--;
        }
        Set<String> candidates = null;
        boolean headKnown = false;
        for (int k = from; k <= head; k++) {
            Set<String> r = features(lexicon, t.get(k).text(), k == head);
            if (k == head) {
                headKnown = !r.isEmpty();
            }
            if (r.isEmpty()) {
                continue;   // an unknown word says nothing
            }
            if (candidates == null) {
                candidates = r;
            } else {
                candidates.retainAll(r);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (candidates == null || candidates.isEmpty() || !headKnown) {
            return out;
        }
        if (from > 0 && t.get(from - 1).isAdposition()) {
            Set<String> governed = prepositionCases(lexicon, t.get(from - 1).text());
            if (!governed.isEmpty()) {
                Set<String> narrowed = new HashSet<>();
                for (String c : candidates) {
                    if (governed.contains(c.split(":")[0])) {
                        narrowed.add(c);
                    }
                }
                if (!narrowed.isEmpty()) {
                    candidates = narrowed;
                }
            }
        }
        String c = unique(candidates, 0);
        String n = unique(candidates, 1);
        String g = unique(candidates, 2);
        if (c != null) {
            out.put("case", c);
        }
        if (g != null && !g.equals("NOG")) {
            out.put("gender", g);
        }
        if (n != null) {
            out.put("number", n);
        }
        return out;
    }

    /** CASE:NUMBER:GENDER for every reading: nouns and names for the head, articles, pronouns and adjectives before it. */
    private static Set<String> features(GermanLexicon lexicon, String word, boolean head) {
        Set<String> out = new HashSet<>();
        List<Reading> readings = lexicon.readings(word);
        if (readings.isEmpty() && !head) {
            readings = lexicon.readings(word.toLowerCase(java.util.Locale.GERMAN));   // "Der" at a sentence start
        }
        int hyphen = word.lastIndexOf('-');
        if (readings.isEmpty() && head && hyphen > 0 && hyphen < word.length() - 1) {
            readings = lexicon.readings(word.substring(hyphen + 1));   // US-Präsident → Präsident
        }
        for (Reading r : readings) {
            boolean fits = head ? r.tagStarts("SUB") || r.tagStarts("EIG")
                    : r.tagStarts("ART") || r.tagStarts("PRO") || r.tagStarts("ADJ") || r.tagStarts("PA1") || r.tagStarts("PA2");
            if (!fits) {
                continue;
            }
            String c = null;
            String n = null;
            String g = null;
            for (String p : r.tag().split(":")) {
                if (CASES.contains(p)) {
                    c = p;
                } else if (NUMBERS.contains(p)) {
                    n = p;
                } else if (GENDERS.contains(p)) {
                    g = p;
                }
            }
            if (c != null && n != null && g != null) {
                out.add(c + ":" + n + ":" + g);
            }
        }
        return out;
    }

    private static Set<String> prepositionCases(GermanLexicon lexicon, String word) {
        Set<String> out = new HashSet<>();
        for (Reading r : lexicon.readings(word.toLowerCase(java.util.Locale.GERMAN))) {
            if (r.tagStarts("PRP")) {
                for (String p : r.tag().split("[:+]")) {
                    if (CASES.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    private static String unique(Set<String> candidates, int part) {
        String value = null;
        for (String c : candidates) {
            String v = c.split(":")[part];
            if (value != null && !value.equals(v)) {
                return null;
            }
            value = v;
        }
        return value;
    }
}
