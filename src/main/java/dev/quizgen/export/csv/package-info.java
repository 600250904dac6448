/**
 * CSV export ({@code .csv}): one row per question, RFC 4180, safe to open in a spreadsheet.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.csv;
