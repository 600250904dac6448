/**
 * Input formats: each {@link dev.quizgen.article.format.ArticleFormat} turns the bytes of one kind of file
 * (.txt, .md, .html, .docx, .pdf) into plain article text, paragraphs separated by a blank line, plus an
 * optional title. {@link dev.quizgen.article.format.ArticleFormats} is the registry keyed by extension.
 * Depends only on {@link dev.quizgen.QuizgenException} and the parsing libraries; never on later stages.
 */
package dev.quizgen.article.format;
