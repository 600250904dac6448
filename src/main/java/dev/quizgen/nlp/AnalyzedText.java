package dev.quizgen.nlp;

import dev.quizgen.article.Article;
import java.util.List;

/** An article split into sentences and tokens, each tagged and lemmatised. */
public record AnalyzedText(Article article, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
