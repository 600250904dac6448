package dev.quizgen.export.worksheet;

import java.io.IOException;
import java.io.OutputStream;

/** {@code BASE.docx}: the printable worksheet as a Word document ({@link WorksheetExporter}). */
public final class DocxExporter extends WorksheetExporter {
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String suffix() {
        return ".docx";
    }

    @Override
    void writeWorksheet(Worksheet sheet, boolean withKey, OutputStream out) throws IOException {
        DocxWorksheet.writeWorksheet(sheet, withKey, out);
    }

    @Override
    void writeKey(Worksheet sheet, OutputStream out) throws IOException {
        DocxWorksheet.writeKey(sheet, out);
    }
}
