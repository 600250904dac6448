package dev.quizgen.nlp;

import java.util.List;

/**
 * One sentence: its position in the article, its exact text and its tokens.
 *
 * @param index  0-based position among the article's sentences
 * @param paragraph 0-based paragraph the sentence stands in
 * @param span   where it stands in the article text
 * @param text   the sentence verbatim ({@code span.of(article.text())})
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int paragraph, Span span, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The text between two token indexes (inclusive from, exclusive to), as it stands. */
    public String textOf(int fromToken, int toToken) {
        if (fromToken >= toToken) {
            return "";
        }
        int s = tokens.get(fromToken).span().start() - span.start();
        int e = tokens.get(toToken - 1).span().end() - span.start();
        return text.substring(s, e);
    }

    /** The span covering tokens [fromToken, toToken). */
    public Span spanOf(int fromToken, int toToken) {
        return new Span(tokens.get(fromToken).span().start(), tokens.get(toToken - 1).span().end());
    }

    /**
     * Tokens [fromToken, toToken) as a sentence of their own, closed with a full stop: the main
     * clause of "Tesla zog nach Amerika, weil er Arbeit suchte." is "Tesla zog nach Amerika."
     * Offsets still point into the article; the added full stop stands where the next token began.
     */
    public Sentence part(int fromToken, int toToken) {
        Span first = tokens.get(fromToken).span();
        int end = tokens.get(toToken - 1).span().end();
        String words = text.substring(first.start() - span.start(), end - span.start());
        java.util.List<Token> out = new java.util.ArrayList<>(tokens.subList(fromToken, toToken));
        out.add(new Token(".", new Span(end, end + 1), "PUNCT", "."));
        return new Sentence(index, paragraph, new Span(first.start(), end + 1), words + ".", out);
    }
}
