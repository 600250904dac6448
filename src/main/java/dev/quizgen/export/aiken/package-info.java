/**
 * Aiken export ({@code .aiken.txt}): single-answer multiple choice only; other types are reported.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.aiken;
