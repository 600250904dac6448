/**
 * Moodle XML export ({@code .moodle.xml}): every bank type, as multichoice, shortanswer, truefalse,
 * matching, ordering and multianswer (Cloze) questions in one category.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.moodle;
