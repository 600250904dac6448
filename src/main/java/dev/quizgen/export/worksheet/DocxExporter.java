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
 * {@code BASE.docx}: the printable worksheet as a Word document, every version, then the answer
 * keys on their own pages; with {@code keySeparate} the keys go to {@code BASE.key.docx}.
 */
public final class DocxExporter implements Exporter {
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String suffix() {
        return ".docx";
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
            DocxWorksheet.writeWorksheet(sheet, !separate, out);
        }
        if (separate) {
            try (OutputStream out = context.outputs().create(context.baseName() + ".key" + suffix())) {
                DocxWorksheet.writeKey(sheet, out);
            }
        }
    }
}
