/**
 * Exporters: one class per format behind {@link dev.quizgen.export.Exporter}, listed in
 * {@link dev.quizgen.export.ExporterRegistry}; files appear atomically through
 * {@link dev.quizgen.export.Outputs}. Depends on {@code bank} only. The LMS formats live in one
 * sub-package each ({@code moodle}, {@code gift}, {@code qti21}, {@code qti12}, {@code aiken},
 * {@code kahoot}, {@code h5p}, {@code csv}) and share the helpers here: escaping ({@code Markup}),
 * reproducible zips, gap splitting and the per-type warning lines ({@code SkipReport}).
 */
package dev.quizgen.export;
