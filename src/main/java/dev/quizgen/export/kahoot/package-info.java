/**
 * Kahoot spreadsheet export ({@code .kahoot.xlsx}, Apache POI) within Kahoot's length and time limits.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.kahoot;
