package dev.quizgen.export.worksheet;

import java.io.IOException;
import java.io.OutputStream;

/** {@code BASE.pdf}: the printable worksheet as PDF with embedded fonts ({@link WorksheetExporter}). */
public final class PdfExporter extends WorksheetExporter {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String suffix() {
        return ".pdf";
    }

    @Override
    void writeWorksheet(Worksheet sheet, boolean withKey, OutputStream out) throws IOException {
        PdfWorksheet.writeWorksheet(sheet, withKey, out);
    }

    @Override
    void writeKey(Worksheet sheet, OutputStream out) throws IOException {
        PdfWorksheet.writeKey(sheet, out);
    }
}
