package dev.quizgen.export;

import dev.quizgen.bank.QuestionBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one exporter over one bank into a folder, as the CLI would, and keeps its warnings. */
public final class Exports {
    private Exports() {
    }

    /** What one export produced. */
    public record Result(Path file, byte[] bytes, List<String> warnings) {
    }

    public static Result run(Exporter exporter, QuestionBank bank, Path dir, String baseName) {
        List<String> warnings = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (Outputs outputs = new Outputs(dir)) {
                exporter.export(bank, new ExportContext(baseName, ExportOptions.defaults(), outputs, warnings::add));
                outputs.commit();
            }
            Path file = dir.resolve(baseName + exporter.suffix());
            return new Result(file, Files.readAllBytes(file), List.copyOf(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The LMS formats of this branch, in registry order. */
    public static List<Exporter> lmsExporters() {
        ExporterRegistry registry = ExporterRegistry.standard();
        List<Exporter> out = new ArrayList<>();
        for (String f : List.of("moodle", "gift", "qti21", "qti12", "aiken", "kahoot", "h5p", "csv")) {
            out.add(registry.get(f));
        }
        return out;
    }
}
