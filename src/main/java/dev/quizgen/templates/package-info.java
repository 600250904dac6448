/**
 * Question templates as data: the file format ({@link dev.quizgen.templates.TemplateParser}),
 * the built-in library and teachers' folders, and the engine that fills templates from facts,
 * including German verb-second and English do-support question clauses.
 * Depends on {@code facts}, {@code nlp}, {@code article} and {@code bank} (question types).
 */
package dev.quizgen.templates;
