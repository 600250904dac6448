/**
 * Distractors: wrong options of the same kind and form as the answer, from the article, shipped
 * lists and generated values, with every rejection kept for review. Depends on {@code facts},
 * {@code templates} (drafts), {@code bank} and {@code nlp}.
 */
package dev.quizgen.distractors;
