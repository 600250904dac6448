/**
 * Exporters: one class per format behind {@link dev.quizgen.export.Exporter}, listed in
 * {@link dev.quizgen.export.ExporterRegistry}; files appear atomically through
 * {@link dev.quizgen.export.Outputs}. Depends on {@code bank} only.
 */
package dev.quizgen.export;
