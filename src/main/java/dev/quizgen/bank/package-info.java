/**
 * The question bank as values ({@link dev.quizgen.bank.QuestionBank}, {@link dev.quizgen.bank.Question})
 * and its JSON form (schemaVersion 1, SPEC.md): writing and reading back with field-path errors.
 * Depends on nothing else of quizgen: exporters and the generator both depend on it.
 */
package dev.quizgen.bank;
