package dev.quizgen.facts;

import dev.quizgen.nlp.Span;

/**
 * A name in a sentence, typed.
 *
 * @param type       person, place, organisation or other
 * @param text       the name as it stands
 * @param span       where it stands
 * @param sentence   the sentence index
 * @param fromToken  first token (inclusive)
 * @param toToken    last token (exclusive)
 * @param confidence 0..1: how sure the typing is
 * @param evidence   why it got its type (for {@code facts} output and debugging)
 * @param subtype    finer kind where known: {@code country}, {@code city}, {@code region}, or null
 */
public record Mention(EntityType type, String text, Span span, int sentence, int fromToken, int toToken,
                      double confidence, String evidence, String subtype) {
    /**
     * The fullest name among {@code all} for a name of this type: the longest mention of the same
     * type whose words contain all of {@code start}'s ({@code Trump} → {@code Donald Trump}).
     */
    public static String fullest(String start, EntityType type, java.util.List<Mention> all) {
        String best = start;
        java.util.List<String> words = java.util.List.of(start.split(" "));
        for (Mention other : all) {
            if (other.type() == type && other.text().length() > best.length() && containsEach(other.text(), words)
                    && java.util.List.of(other.text().split(" ")).containsAll(words)) {
                best = other.text();
            }
        }
        return best;
    }

    /** A quick test before splitting: every word occurs somewhere in the text. */
    private static boolean containsEach(String text, java.util.List<String> words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public Mention withType(EntityType newType, double newConfidence, String newEvidence, String newSubtype) {
        return new Mention(newType, text, span, sentence, fromToken, toToken, newConfidence, newEvidence, newSubtype);
    }
}
