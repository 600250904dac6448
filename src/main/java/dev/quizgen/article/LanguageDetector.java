package dev.quizgen.article;

import java.util.Locale;
import java.util.Set;

/** Tells German from English by their most frequent function words. */
public final class LanguageDetector {
    private static final Set<String> GERMAN = Set.copyOf(java.util.List.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine",
            "den", "dem", "des", "mit", "sich", "auf", "für", "von", "im", "zu", "wurde", "auch", "nach", "bei", "wie"));
    private static final Set<String> ENGLISH = Set.copyOf(java.util.List.of("the", "and", "is", "of", "to", "in", "was", "that", "for",
            "with", "as", "on", "by", "it", "were", "from", "which", "this", "are", "be", "an"));

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int de = 0;
        int en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (GERMAN.contains(w)) {
                de++;
            }
            if (ENGLISH.contains(w)) {
                en++;
            }
        }
        return en > de ? Language.EN : Language.DE;
    }
}
