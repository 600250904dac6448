package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import dev.quizgen.bank.BankJson;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.export.ExportOptions;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quizgen export BANK.json}: writes a (possibly hand-edited) bank in other formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a question bank (JSON) as worksheets or LMS files, without analysing the article again.")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BANK.json", description = "The bank to export.")
    Path bankFile;

    @Option(names = {"-f", "--format"}, paramLabel = "LIST", defaultValue = "json,docx,pdf", split = ",",
            description = "Formats to write (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "quiz-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--versions", paramLabel = "N", defaultValue = "1", description = "Shuffled print versions A, B, … (default: 1).")
    int versions;

    @Option(names = "--title", paramLabel = "TEXT", description = "Worksheet title (default: the bank's).")
    String title;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for shuffling versions (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Mixin
    WorksheetOptions worksheet = new WorksheetOptions();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Exports exports = Exports.of(formats, spec.commandLine());
        ExportOptions options = worksheet.applyTo(new ExportOptions(title, versions, seed, null), spec.commandLine());
        String json;
        try {
            json = Files.readString(bankFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new QuizgenException("Cannot find the bank '" + bankFile + "'. Check the path.");
        } catch (MalformedInputException e) {
            throw new QuizgenException("The bank '" + bankFile + "' is not UTF-8 text. Give the JSON file quizgen wrote.");
        } catch (IOException e) {
            throw new QuizgenException("Cannot read the bank '" + bankFile + "': " + e.getMessage() + ".");
        }
        QuestionBank bank = BankJson.read(json, bankFile.toString());
        Output.prepare(out);
        String base = bankFile.getFileName().toString().replaceFirst("\\.json$", "");
        exports.write(bank, out, base, options,
                w -> spec.commandLine().getErr().println("quizgen: warning: " + w));
        return 0;
    }
}
