package dev.quizgen.export.worksheet;

import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code BASE.pdf}: the printable worksheet as PDF with embedded fonts, every version, then the answer
 * keys on their own pages; with {@code keySeparate} the keys go to {@code BASE.key.pdf}.
 */
public final class PdfExporter implements Exporter {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String suffix() {
        return ".pdf";
    }

    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.allOf(QuestionType.class);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        Worksheet sheet = WorksheetPlanner.plan(bank, context.options());
        boolean separate = context.options().keySeparate();
        try (OutputStream out = context.outputs().create(context.baseName() + suffix())) {
            PdfWorksheet.writeWorksheet(sheet, !separate, out);
        }
        if (separate) {
            try (OutputStream out = context.outputs().create(context.baseName() + ".key" + suffix())) {
                PdfWorksheet.writeKey(sheet, out);
            }
        }
    }
}
