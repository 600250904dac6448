/**
 * QTI 1.2 export for Canvas classic quizzes ({@code .qti12.zip}), with Canvas's question-type metadata.
 * Depends on {@code bank} and the shared helpers of {@code export} only.
 */
package dev.quizgen.export.qti12;
