package dev.quizgen.export.worksheet;

import dev.quizgen.bank.QuestionBank;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.Outputs;
import dev.quizgen.export.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The worksheets the DOCX and PDF tests look at, written through the exporters as the CLI does. */
final class WorksheetFiles {
    private WorksheetFiles() {
    }

    /** German, two versions, article printed, key inline, A4. */
    static ExportOptions germanOptions() {
        return new ExportOptions(null, 2, 7L, WorksheetFixtures.GERMAN_ARTICLE).withIncludeArticle(true);
    }

    /** German on US letter, key in its own file. */
    static ExportOptions letterOptions() {
        return new ExportOptions("Panmunjom – Übung", 1, 7L, null).withPaper(Paper.LETTER).withKeySeparate(true);
    }

    static ExportOptions plainOptions() {
        return new ExportOptions(null, 1, 7L, null);
    }

    static List<String> export(Exporter exporter, QuestionBank bank, String base, ExportOptions options, Path dir)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        try (Outputs out = new Outputs(dir)) {
            exporter.export(bank, new ExportContext(base, options, out, warnings::add));
            out.commit();
        }
        return warnings;
    }

    /** Writes german, english, forty, letter (+ key) with one exporter into {@code dir}. */
    static void exportAll(Exporter exporter, Path dir) throws IOException {
        export(exporter, WorksheetFixtures.german(), "german", germanOptions(), dir);
        export(exporter, WorksheetFixtures.english(), "english", plainOptions(), dir);
        export(exporter, WorksheetFixtures.forty(), "forty", plainOptions(), dir);
        export(exporter, WorksheetFixtures.german(), "letter", letterOptions(), dir);
    }
}
