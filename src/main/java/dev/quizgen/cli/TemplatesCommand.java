package dev.quizgen.cli;

import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateCheck;
import dev.quizgen.templates.TemplateLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quizgen templates check [DIR]}. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "Work with question templates.",
        subcommands = TemplatesCommand.Check.class)
public final class TemplatesCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a templates command: check");
    }

    /** Validates template files and runs every template's examples. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate template files and run every template's examples (default: the built-in templates).")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "A folder with de/ and en/ template files.")
        Path dir;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Template> templates = dir == null ? TemplateLibrary.builtIn() : TemplateLibrary.folder(dir);
            Pipeline pipeline = new Pipeline();
            List<TemplateCheck.Failure> failures = TemplateCheck.run(templates, pipeline::factsOf, pipeline::preview);
            PrintWriter out = spec.commandLine().getOut();
            int examples = templates.stream().mapToInt(t -> t.examples().size()).sum();
            for (TemplateCheck.Failure f : failures) {
                out.println("FAIL " + f.message());
            }
            out.println(templates.size() + " templates, " + examples + " examples: " + (examples - failures.size())
                    + " passed, " + failures.size() + " failed");
            out.flush();
            return failures.isEmpty() ? 0 : 1;
        }
    }
}
