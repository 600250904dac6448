/**
 * Printable worksheets: {@link dev.quizgen.export.worksheet.WorksheetPlanner} turns a bank into a
 * layout-neutral {@link dev.quizgen.export.worksheet.Worksheet} (sections, numbered items, points,
 * shuffled versions, answer keys), which the DOCX (WordprocessingML written directly) and PDF (OpenPDF) exporters render
 * the same way. Depends on {@code bank} and {@code export} only.
 */
package dev.quizgen.export.worksheet;
