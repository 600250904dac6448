package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import dev.quizgen.article.Article;
import dev.quizgen.article.ArticleReader;
import dev.quizgen.article.Language;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.questions.GenerationOptions;
import dev.quizgen.questions.QuestionGenerator;
import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quizgen generate}: articles → question banks, worksheets and LMS files. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make questions from articles and write the bank, worksheets and LMS files.")
public final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files, folders (every article file in them) or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "quiz-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "LIST", defaultValue = "json,docx,pdf", split = ",",
            description = "Formats to write, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "10", description = "Most questions per article (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = {"-t", "--types"}, paramLabel = "LIST", split = ",",
            description = "Question types to make: multiple_choice, fill_in, true_false, matching, ordering, cloze_passage (default: all).")
    List<String> types = new ArrayList<>();

    @Option(names = {"-l", "--lang"}, paramLabel = "auto|de|en", converter = LanguageOption.class,
            description = "The articles' language (default: auto).")
    Language language;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for option order and distractors (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--templates", paramLabel = "DIR", description = "A folder of extra templates (de/*.txt, en/*.txt).")
    Path templatesDir;

    @Option(names = "--difficulty", paramLabel = "easy|mixed|hard", defaultValue = "mixed",
            description = "Difficulty mix (default: ${DEFAULT-VALUE}).")
    String difficulty;

    @Option(names = "--versions", paramLabel = "N", defaultValue = "1", description = "Shuffled print versions A, B, … (default: 1).")
    int versions;

    @Option(names = "--title", paramLabel = "TEXT", description = "Worksheet title (default: from the article).")
    String title;

    @CommandLine.Mixin
    WorksheetOptions worksheet = new WorksheetOptions();

    @Option(names = "--include-article", description = "Print the article, with line numbers, before the questions.")
    boolean includeArticle;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Articles analysed in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = {"-v", "--verbose"}, description = "Say what the pipeline decided (facts, templates, dropped questions).")
    boolean verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // only with -v: the management classes cost a cold run about 40 ms
        long startedAt = verbose ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() : 0;
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 1 or more, not " + count);
        }
        if (versions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--versions must be 1 or more, not " + versions);
        }
        if (!Set.of("easy", "mixed", "hard").contains(difficulty)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--difficulty must be easy, mixed or hard, not '" + difficulty + "'");
        }
        // checked before any work: a wrong --paper or --key is a usage error, not a failed article
        ExportOptions sheet = worksheet.applyTo(ExportOptions.defaults(), spec.commandLine());
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + threads);
        }
        Exports exports = Exports.of(formats, spec.commandLine());
        Set<QuestionType> wanted = EnumSet.noneOf(QuestionType.class);
        for (String t : types) {
            QuestionType qt = QuestionType.fromJsonName(t.strip());
            if (qt == null || qt == QuestionType.SHORT_ANSWER) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + t + "' is not a question type quizgen makes: "
                        + "use multiple_choice, fill_in, true_false, matching, ordering, cloze_passage");
            }
            wanted.add(qt);
        }
        List<Template> templates = TemplateLibrary.builtIn();
        if (templatesDir != null) {
            templates = TemplateLibrary.combine(templates, TemplateLibrary.folder(templatesDir));
        }
        ArticleReader reader = new ArticleReader(w -> err.println("quizgen: warning: " + w));
        List<String> files = Inputs.expand(inputs, reader.formats());
        if (files.isEmpty()) {
            throw new QuizgenException("No article files in " + String.join(", ", inputs) + ". quizgen reads "
                    + String.join(", ", reader.formats().extensions()) + " files.");
        }
        Output.prepare(out);
        GenerationOptions options = new GenerationOptions(count, wanted, seed, difficulty);
        Pipeline pipeline = new Pipeline();
        final List<Template> chosen = templates;
        java.util.function.Function<String, BatchRun.Result> work = input -> {
            Article article = Inputs.read(reader, input, language, title);
            String name = Inputs.baseName(input);
            QuestionBank bank = pipeline.bank(article, chosen, options,
                    verbose ? m -> err.println("quizgen: " + name + ": " + m) : QuestionGenerator.QUIET);
            if (bank.questions().isEmpty()) {
                return new BatchRun.Result(input, BatchRun.Status.SKIPPED, 0, options.types().isEmpty()
                        ? "no facts to ask about were found (names, dates, numbers, quotes); nothing written"
                        : "no question of the types asked (" + String.join(", ", options.types().stream().map(QuestionType::jsonName)
                                .sorted().toList()) + ") could be made from it; nothing written. Allow more types with -t");
            }
            ExportOptions eo = new ExportOptions(title, versions, seed, article.text())
                    .withPaper(sheet.paper()).withKeySeparate(sheet.keySeparate()).withIncludeArticle(includeArticle);
            long e0 = System.nanoTime();
            exports.write(bank, out, name, eo, w -> err.println("quizgen: warning: " + name + ": " + w));
            if (verbose) {
                err.println("quizgen: " + name + ": time: exports " + (System.nanoTime() - e0) / 1_000_000 + " ms");
            }
            return new BatchRun.Result(input, BatchRun.Status.OK, bank.questions().size(), null);
        };
        if (files.size() == 1) {
            // one article: its error is the run's error, said once
            BatchRun.Result r = work.apply(files.get(0));
            if (r.status() == BatchRun.Status.SKIPPED) {
                err.println("quizgen: skipped " + files.get(0) + ": " + r.reason());
            } else if (verbose) {
                err.println("quizgen: " + files.get(0) + ": " + r.questions() + " questions");
                // what a cold run is made of: the JVM's start up to this command, then the work above
                long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                err.println("quizgen: time: JVM start to command " + startedAt + " ms, command " + (uptime - startedAt)
                        + " ms, total " + uptime + " ms (models and dictionaries load during the first analysis)");
            }
            err.flush();
            return 0;
        }
        boolean terminal = System.console() != null;
        List<BatchRun.Result> results = new BatchRun(err, terminal, threads).run(files, work);
        return results.stream().anyMatch(r -> r.status() == BatchRun.Status.FAILED) ? 1 : 0;
    }
}
