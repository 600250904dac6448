/**
 * GIFT export ({@code .gift.txt}), Moodle's plain-text question format, with its escaping rules.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.gift;
