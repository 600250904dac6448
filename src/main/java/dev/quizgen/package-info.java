/**
 * quizgen: article → sentences/tokens → facts → questions → bank → exports.
 * The root holds only what every stage shares: {@link dev.quizgen.QuizgenException}.
 */
package dev.quizgen;
