package dev.quizgen.nlp.opennlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English lemmas by rule: irregular verbs from a list ({@code nlp/irregular-verbs.en.txt}),
 * regular verb and noun endings by the spelling rules (doubled consonants, silent e, -ies/-ied).
 * Downstream only verb lemmas (speech verbs, do-support in questions) and noun lemmas (units)
 * are read, so the rest keep their word; the statistical lemmatizer, on its own several times the
 * cost of tokenising and tagging, is not needed for English. Immutable after construction: shared by threads.
 */
final class EnglishLemmas {
    private static final String AUX_BE = "be";
    private static final Map<String, String> AUX = Map.ofEntries(
            Map.entry("is", AUX_BE), Map.entry("am", AUX_BE), Map.entry("are", AUX_BE), Map.entry("was", AUX_BE),
            Map.entry("were", AUX_BE), Map.entry("been", AUX_BE), Map.entry("being", AUX_BE), Map.entry("'s", AUX_BE),
            Map.entry("'re", AUX_BE), Map.entry("'m", AUX_BE), Map.entry("has", "have"), Map.entry("had", "have"),
            Map.entry("having", "have"), Map.entry("'ve", "have"), Map.entry("does", "do"), Map.entry("did", "do"),
            Map.entry("done", "do"), Map.entry("doing", "do"), Map.entry("'ll", "will"), Map.entry("wo", "will"),
            Map.entry("ca", "can"), Map.entry("'d", "would"));
    /** Plurals the -s rules get wrong. */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("children", "child"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"), Map.entry("geese", "goose"), Map.entry("lives", "life"),
            Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("leaves", "leaf"),
            Map.entry("halves", "half"), Map.entry("wolves", "wolf"), Map.entry("shelves", "shelf"),
            Map.entry("thieves", "thief"), Map.entry("criteria", "criterion"),
            Map.entry("phenomena", "phenomenon"), Map.entry("analyses", "analysis"), Map.entry("crises", "crisis"),
            Map.entry("theses", "thesis"), Map.entry("bases", "base"), Map.entry("oases", "oasis"));
    private static final Set<String> NOUNS_ENDING_IN_S = Set.of("series", "species", "news", "means", "physics",
            "mathematics", "politics", "economics", "ethics", "athletics", "gymnastics", "electronics", "lens",
            "bus", "gas", "bias", "atlas", "canvas", "status", "campus", "census", "virus", "genus", "corpus");
    /** Stems (word minus -ed/-ing) whose silent e the rules below would not restore. */
    private static final Set<String> NEEDS_E = Set.of("unit", "invit", "ignit", "excit", "recit", "incit", "expedit",
            "reunit", "devot", "promot", "denot", "quot", "connot", "emot", "compet", "complet", "delet", "deplet",
            "secret", "excret", "explor", "stor", "restor", "ignor", "scor", "bor", "ador", "deplor", "implor", "snor",
            "por", "cor", "shor", "underscor", "outscor", "interfer", "adher", "coher", "rever", "persever", "inhal",
            "exhal", "postpon", "condon", "aton", "dethron", "enthron", "inton", "elop", "tast", "wast", "past", "bast",
            "hast", "welcom", "bath", "breath", "loath", "cloth", "seeth", "sooth", "teeth", "sheath", "wreath",
            "scyth", "writh", "guid", "escap", "reshap", "renam", "overcom", "becom", "imagin", "examin", "determin",
            "undermin", "disciplin", "combin", "defin", "declin", "refin", "outlin", "confin", "inclin", "redefin",
            "intertwin", "rout", "fring", "infring", "hing", "cring", "imping", "creat", "recreat", "procreat", "tim", "nam", "fram", "blam", "shap", "describ", "prescrib", "subscrib", "inscrib",
            "ascrib", "transcrib", "proscrib", "circumscrib");
    /** Stems the rules below would wrongly give a silent e. */
    private static final Set<String> NO_E = Set.of("focus", "bias", "gas", "bus", "canvas", "atlas", "surplus",
            "nonplus", "pencil", "stencil", "peril", "imperil", "fulfil", "instil", "distil", "cavil", "visit",
            "limit", "edit", "exhibit", "inhibit", "credit", "profit", "benefit", "deposit", "inherit", "posit",
            "audit", "orbit", "solicit", "elicit", "forfeit", "merit", "vomit", "spirit", "summit", "pilot", "pivot",
            "ballot", "riot", "target", "budget", "market", "interpret", "rivet", "bracket", "ticket", "picket",
            "pocket", "rocket", "blanket", "covet", "carpet", "trumpet", "develop", "envelop", "gallop", "gossip",
            "worship", "kidnap", "handicap", "overlap", "bang", "hang", "clang", "twang", "fang", "add", "err",
            "purr", "boycott", "butt", "putt", "ebb", "egg", "inn", "install", "recall", "enthrall", "befall");
    private static final String VOWELS = "aeiou";

    private final Map<String, String> irregular;

    EnglishLemmas() {
        irregular = new HashMap<>();
        InputStream in = EnglishLemmas.class.getResourceAsStream("/nlp/irregular-verbs.en.txt");
        if (in == null) {
            throw new IllegalStateException("missing word list /nlp/irregular-verbs.en.txt");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] forms = line.split("\\s+");
                for (String f : forms) {
                    irregular.putIfAbsent(f, forms[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lemma of a token with its UD tag. */
    String lemma(String word, String upos) {
        switch (upos) {
            case "VERB" -> {
                return verb(word.toLowerCase(Locale.ROOT));
            }
            case "AUX" -> {
                String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
                String l = AUX.get(w);
                return l != null ? l : w;
            }
            case "NOUN" -> {
                return noun(word.toLowerCase(Locale.ROOT));
            }
            default -> {
                return word;
            }
        }
    }

    String verb(String w) {
        String known = irregular.get(w);
        if (known != null) {
            return known;
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ied")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("ed") && hasVowel(w, n - 2)) {
            return stem(w.substring(0, n - 2));
        }
        if (n > 4 && w.endsWith("ing") && hasVowel(w, n - 3)) {
            return stem(w.substring(0, n - 3));
        }
        if (n > 3 && w.endsWith("es")) {
            String s = w.substring(0, n - 2);
            if (s.endsWith("ss") || s.endsWith("sh") || s.endsWith("ch") || s.endsWith("x") || s.endsWith("zz")
                    || s.endsWith("o") || NO_E.contains(s)) {
                return s;
            }
            return w.substring(0, n - 1);
        }
        if (n > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    String noun(String w) {
        String known = NOUNS.get(w);
        if (known != null) {
            return known;
        }
        int n = w.length();
        if (n < 3 || !w.endsWith("s") || NOUNS_ENDING_IN_S.contains(w) || w.endsWith("ss") || w.endsWith("us")
                || w.endsWith("is")) {
            return w;
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (NOUNS_ENDING_IN_S.contains(w.substring(0, n - 2))) {
            return w.substring(0, n - 2);   // gases, buses
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }

    /** The base of a regular verb from the word without -ed or -ing: undoubles a consonant, restores a silent e. */
    static String stem(String s) {
        int n = s.length();
        if (n >= 1 && s.charAt(n - 1) == 'e') {
            return s.endsWith("ee") ? s : s + "e";   // agre(ed) → agree; agree(ing) stays
        }
        if (NEEDS_E.contains(s)) {
            return s + "e";
        }
        if (NO_E.contains(s)) {
            return s;
        }
        char last = s.charAt(n - 1);
        char prev = n >= 2 ? s.charAt(n - 2) : ' ';
        char prev2 = n >= 3 ? s.charAt(n - 3) : ' ';
        if (last == prev && "bdgkmnprtvz".indexOf(last) >= 0) {
            return s.substring(0, n - 1);   // stopped → stop, planned → plan
        }
        if (last == 'l' && prev == 'l') {
            // travelled → travel, controlled → control; but killed, called, installed keep theirs
            return (prev2 == 'e' || prev2 == 'o') && syllables(s) > 1 ? s.substring(0, n - 1) : s;
        }
        if (last == prev) {
            return s;   // passed, staffed, buzzed
        }
        if (last == 'u' || last == 'i') {
            return s + "e";   // continued, argued, issued; died, lied
        }
        if (isVowel(last) || last == 'y' || last == 'w' || last == 'x') {
            return s;
        }
        if (last == 'c' || last == 'v') {
            return s + "e";   // produced, replaced, moved, received
        }
        if (last == 'z') {
            return isVowel(prev) ? s + "e" : s;   // realized; waltzed
        }
        if (last == 's') {
            return s + "e";   // caused, increased, collapsed, nursed (focused, biased are in NO_E)
        }
        if (last == 'g') {
            if (prev == 'n') {
                if (prev2 == 'a') {
                    char p3 = n >= 4 ? s.charAt(n - 4) : ' ';
                    return p3 == 'h' || p3 == 'r' ? s + "e" : s;   // changed, arranged; belonged, banged
                }
                return prev2 == 'e' || prev2 == 'u' ? s + "e" : s;   // challenged, plunged; longed, ringing
            }
            return prev == 'r' || prev == 'l' || prev == 'd' || isVowel(prev) ? s + "e" : s;   // merged, judged, managed
        }
        if (last == 'h') {
            return s;   // reached, published (bathe, breathe are in NEEDS_E)
        }
        if (!isVowel(prev)) {
            // consonant cluster: handled, settled, struggled take -e; curled, howled, started, formed do not
            return last == 'l' && prev != 'r' && prev != 'w' ? s + "e" : s;
        }
        if (isVowel(prev2) && !(prev2 == 'u' && n >= 4 && s.charAt(n - 4) == 'q')) {
            // two vowels: treated, claimed, appeared; but negotiated, graduated take -e
            return last == 't' && prev == 'a' && (prev2 == 'i' || prev2 == 'u') ? s + "e" : s;
        }
        if (syllables(s) == 1) {
            return s + "e";   // one syllable ending in a single consonant that was not doubled: hoped, used, named
        }
        return switch (last) {
            case 'd', 'b', 'k' -> s + "e";   // decided, included, described, provoked
            case 'm' -> prev == 'u' || prev == 'a' ? s + "e" : s;   // assumed; (welcome is in NEEDS_E)
            case 'n' -> prev == 'i' ? s + "e" : s;   // combined, examined; opened, questioned
            case 'p' -> prev == 'a' ? s + "e" : s;   // escaped; developed
            case 't' -> prev == 'u' || prev == 'a' ? s + "e" : s;   // executed, created; visited, targeted
            case 'r' -> prev == 'a' || prev == 'i' || prev == 'u' ? s + "e" : s;   // declared, required, secured; entered
            case 'l' -> prev == 'i' || prev == 'o' || prev == 'u' ? s + "e" : s;   // compiled, consoled, scheduled; traveled
            default -> s;
        };
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(w.charAt(i)) || w.charAt(i) == 'y' && i > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** Vowel groups: a rough syllable count (enough to tell hop from develop). */
    private static int syllables(String s) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < s.length(); i++) {
            boolean v = isVowel(s.charAt(i)) || s.charAt(i) == 'y' && i > 0;
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups;
    }
}
