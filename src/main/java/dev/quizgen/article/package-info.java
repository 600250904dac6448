/**
 * Reading an article: bytes → text (encoding checked), the {@code date} header stripped into
 * metadata, a title and the language. Depends on nothing else of quizgen.
 */
package dev.quizgen.article;
