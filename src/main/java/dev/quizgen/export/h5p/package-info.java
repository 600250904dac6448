/**
 * H5P export ({@code .h5p}): an H5P.QuestionSet package with MultiChoice, TrueFalse and Blanks content.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.h5p;
