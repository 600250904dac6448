/**
 * Reading an article: a file of any supported format (see {@code article.format}) → plain text
 * cleaned of hostile characters, the {@code date} header stripped into metadata, a title and the
 * language. Depends on nothing else of quizgen.
 */
package dev.quizgen.article;
