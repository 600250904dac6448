/**
 * Questions: drafts from the templates get their distractors, a worksheet is selected and the
 * bank assembled. Depends on {@code templates}, {@code distractors}, {@code facts} and {@code bank}.
 */
package dev.quizgen.questions;
