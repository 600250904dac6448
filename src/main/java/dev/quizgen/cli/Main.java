package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code quizgen} command and its subcommands. */
@Command(name = "quizgen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a news or textbook article into quiz questions, worksheets and LMS files.",
        subcommands = {GenerateCommand.class, FactsCommand.class, ExportCommand.class, TemplatesCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final String VERSION = "0.1.0";

    @Option(names = "--stacktrace", description = "Print the stack trace of an error (for bug reports).",
            scope = CommandLine.ScopeType.INHERIT)
    boolean stacktrace;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Name a command: generate, facts, export or templates.");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 bad input or failure, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // OpenNLP logs through SLF4J; without a binding SLF4J would print a warning on every run
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean trace = parseResult.hasMatchedOption("--stacktrace")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--stacktrace"));
            if (ex instanceof QuizgenException) {
                err.println("quizgen: " + ex.getMessage());
            } else {
                err.println("quizgen: internal error: " + ex + ". Please report it with --stacktrace output.");
            }
            if (trace) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cl.execute(args);
    }

    /** {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quizgen " + VERSION};
        }
    }
}
