package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import dev.quizgen.bank.BankSource;
import dev.quizgen.bank.Difficulty;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.bank.SourceRef;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.ExporterRegistry;
import dev.quizgen.export.Outputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * The exporters a run asked for, checked before any work starts. The first bank a format writes
 * in a JVM costs its class loading (PDF a quarter of a second, XLSX half a second), so each
 * format first writes a small sample bank into a temporary folder on a background thread, while
 * the models load; the first real write waits for it.
 */
final class Exports {
    private final List<Exporter> exporters;
    private final Thread warmUp;

    private Exports(List<Exporter> exporters) {
        this.exporters = exporters;
        warmUp = new Thread(this::warmUp, "quizgen-export-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Writes a sample bank in every format into a temporary folder that is removed again. */
    private void warmUp() {
        Path dir;
        try {
            dir = Files.createTempDirectory("quizgen-warm-up");
        } catch (IOException | RuntimeException e) {
            return;   // only a head start: the real export loads the classes itself and reports its own errors
        }
        SourceRef src = new SourceRef("Am Sonntag traf Kim Jong-un in Panmunjom Donald Trump.", 0, 54);
        QuestionBank sample = new QuestionBank("quizgen " + Main.VERSION, "Probe", "de", new BankSource("probe.txt", null, "0"),
                List.of(Question.of("q1", QuestionType.MULTIPLE_CHOICE, "Wen traf Kim Jong-un?",
                                List.of(Option.right("Donald Trump"), new Option("Moon Jae-in", false, "article"),
                                        new Option("Xi Jinping", false, "article")),
                                "Donald Trump", "PERSON", "de/probe", Difficulty.EASY, src),
                        Question.of("q2", QuestionType.FILL_IN, "Am _____ traf Kim Jong-un in Panmunjom Donald Trump.",
                                List.of(), "Sonntag", "DATE", "de/probe", Difficulty.EASY, src)));
        try (Outputs outputs = new Outputs(dir)) {
            ExportContext ctx = new ExportContext("probe", new ExportOptions(null, 1, 1L, src.sentence()), outputs, w -> { });
            for (Exporter e : exporters) {
                e.export(sample, ctx);
            }
        } catch (IOException | RuntimeException e) {
            // only a head start (see above); the files were never committed, close() removed them
        } finally {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                dir.toFile().deleteOnExit();
            }
        }
    }

    private void awaitWarmUp() {
        try {
            warmUp.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        awaitWarmUp();
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
