package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code quizgen} command and its subcommands. */
@Command(name = "quizgen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a news or textbook article into quiz questions, worksheets and LMS files.")
public final class Main implements Runnable {
    public static final String VERSION = "0.1.0";

    /** The subcommands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("generate", GenerateCommand::new);
        COMMANDS.put("facts", FactsCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("templates", TemplatesCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

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
        CommandLine cl = commandLine(args.length > 0 ? args[0] : "");
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

    /**
     * The command line. Picocli reads the annotations of every subcommand it is given, a good part
     * of a cold start; when the first argument names a subcommand (other than help), only that one
     * can run, so only that one is given.
     */
    private static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        boolean named = COMMANDS.containsKey(first) && !first.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!named || name.equals(first)) {
                cl.addSubcommand(name, command.get());
            }
        });
        return cl;
    }

    /** {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quizgen " + VERSION};
        }
    }
}
