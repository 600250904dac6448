package dev.quizgen.nlp;

/**
 * A token with its place in the article, its UD part of speech and its lemma.
 *
 * @param text  the token as it stands in the article
 * @param span  where it stands
 * @param pos   Universal Dependencies tag (PROPN, NOUN, VERB, AUX, ADP, DET, NUM, PUNCT, …)
 * @param lemma the dictionary form
 */
public record Token(String text, Span span, String pos, String lemma) {
    public boolean is(String tag) {
        return pos.equals(tag);
    }

    /** ADP, also the tagger's contracted ADP+DET ("am", "im", "zur"). */
    public boolean isAdposition() {
        return pos.startsWith("ADP");
    }

    public boolean isPunct() {
        return pos.equals("PUNCT");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
