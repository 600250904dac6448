/**
 * IMS QTI 2.1 export ({@code .qti21.zip}): an IMS content package with one item per question and a test.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.qti21;
