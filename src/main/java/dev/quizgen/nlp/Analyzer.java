package dev.quizgen.nlp;

import dev.quizgen.article.Article;

/** Splits an article into sentences and tokens with part of speech and lemma. */
public interface Analyzer {
    AnalyzedText analyze(Article article);
}
