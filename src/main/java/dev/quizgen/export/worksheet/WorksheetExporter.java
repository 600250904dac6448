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
 * A printable worksheet: every version, then the answer keys on their own pages; with
 * {@code keySeparate} the keys go to {@code BASE.key<suffix>}. The subclasses only say how a
 * planned worksheet and its keys are written.
 */
abstract class WorksheetExporter implements Exporter {
    @Override
    public Set<QuestionType> supportedTypes() {
        return EnumSet.allOf(QuestionType.class);
    }

    @Override
    public void export(QuestionBank bank, ExportContext context) throws IOException {
        Worksheet sheet = WorksheetPlanner.plan(bank, context.options());
        boolean separate = context.options().keySeparate();
        try (OutputStream out = context.outputs().create(context.baseName() + suffix())) {
            writeWorksheet(sheet, !separate, out);
        }
        if (separate) {
            try (OutputStream out = context.outputs().create(context.baseName() + ".key" + suffix())) {
                writeKey(sheet, out);
            }
        }
    }

    abstract void writeWorksheet(Worksheet sheet, boolean withKey, OutputStream out) throws IOException;

    abstract void writeKey(Worksheet sheet, OutputStream out) throws IOException;
}
