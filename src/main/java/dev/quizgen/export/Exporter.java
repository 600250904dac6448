package dev.quizgen.export;

import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import java.io.IOException;
import java.util.Set;

/**
 * Writes a bank in one format. Each format is one class behind this interface, listed in
 * {@link ExporterRegistry}. An exporter that cannot hold a question type reports it through
 * {@link ExportContext#warn} (one line per type) and never drops a question silently.
 */
public interface Exporter {
    /** The format name of SPEC.md ({@code json}, {@code docx}, {@code moodle}, …). */
    String format();

    /** The file name ending after the article's base name ({@code .json}, {@code .moodle.xml}). */
    String suffix();

    /** The question types this format can hold. */
    Set<QuestionType> supportedTypes();

    /**
     * Writes the bank. Files are opened through {@code context.outputs()} so that they appear
     * atomically, all or none.
     */
    void export(QuestionBank bank, ExportContext context) throws IOException;
}
