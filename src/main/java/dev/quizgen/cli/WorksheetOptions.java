package dev.quizgen.cli;

import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.Paper;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The worksheet options {@code generate} and {@code export} share: {@code --paper} and {@code --key}. */
final class WorksheetOptions {
    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "Worksheet paper size (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--key", paramLabel = "inline|separate", defaultValue = "inline",
            description = "Answer key on its own page (inline) or in BASE.key.docx/.pdf (separate). Default: ${DEFAULT-VALUE}.")
    String key;

    /** {@code options} with the paper and key placement asked for; a usage error for a value it does not know. */
    ExportOptions applyTo(ExportOptions options, CommandLine cl) {
        Paper p = Paper.fromName(paper);
        if (p == null) {
            throw new CommandLine.ParameterException(cl, "--paper must be a4 or letter, not '" + paper + "'");
        }
        if (!key.equals("inline") && !key.equals("separate")) {
            throw new CommandLine.ParameterException(cl, "--key must be inline or separate, not '" + key + "'");
        }
        return options.withPaper(p).withKeySeparate(key.equals("separate"));
    }
}
