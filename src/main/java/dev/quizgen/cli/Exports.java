package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.ExporterRegistry;
import dev.quizgen.export.Outputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/** The exporters a run asked for, checked before any work starts. */
final class Exports {
    private final List<Exporter> exporters;

    private Exports(List<Exporter> exporters) {
        this.exporters = exporters;
    }

    static Exports of(List<String> names, CommandLine cl) {
        ExporterRegistry registry = ExporterRegistry.standard();
        List<Exporter> out = new ArrayList<>();
        for (String n : names) {
            String name = n.strip();
            Exporter e = registry.get(name);
            if (e == null) {
                throw new CommandLine.ParameterException(cl, "Unknown format '" + name + "'. Known formats: "
                        + String.join(", ", registry.formats()) + ".");
            }
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return new Exports(out);
    }

    /** Writes every format; all files appear together, or none. */
    void write(QuestionBank bank, Path dir, String baseName, ExportOptions options, Consumer<String> warnings) {
        try (Outputs outputs = new Outputs(dir)) {
            ExportContext ctx = new ExportContext(baseName, options, outputs, warnings);
            for (Exporter e : exporters) {
                try {
                    e.export(bank, ctx);
                } catch (IOException ex) {
                    throw new QuizgenException("Cannot write the " + e.format() + " file for '" + baseName + "' in '" + dir
                            + "': " + ex.getMessage() + ". Check the output folder.", ex);
                }
            }
            outputs.commit();
        }
    }
}
