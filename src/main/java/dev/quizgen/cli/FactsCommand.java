package dev.quizgen.cli;

import com.google.gson.GsonBuilder;
import dev.quizgen.article.Article;
import dev.quizgen.article.ArticleReader;
import dev.quizgen.article.Language;
import dev.quizgen.facts.Fact;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Mention;
import dev.quizgen.nlp.AnalyzedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quizgen facts INPUT [--json]}: the facts found in an article, with type and source span. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print the facts found in an article (names, roles, dates, numbers, quotes, events).")
public final class FactsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "The article (a text file, or - for standard input).")
    String input;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = {"-l", "--lang"}, paramLabel = "auto|de|en", converter = LanguageOption.class,
            description = "The article's language (default: auto).")
    Language language;

    @Option(names = "--text", description = "With --json: include the extracted article text (offsets point into it).")
    boolean withText;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline();
        ArticleReader reader = new ArticleReader(w -> spec.commandLine().getErr().println("quizgen: warning: " + w));
        Article article = Inputs.read(reader, input, language, null);
        AnalyzedText analyzed = pipeline.analyzer().analyze(article);
        Facts facts = pipeline.facts().extract(analyzed);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(article, facts)));
        } else {
            out.printf("%-12s %-40s %-14s %s%n", "TYPE", "TEXT", "SPAN", "DETAILS");
            for (Fact f : facts.facts()) {
                out.printf("%-12s %-40s %-14s %s%n", f.type(), abbreviate(f.text(), 40),
                        "[" + f.span().start() + "," + f.span().end() + ")", f.slots());
            }
        }
        out.flush();
        return 0;
    }

    private Map<String, Object> toJson(Article article, Facts facts) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", article.fileName());
        root.put("language", article.language().code());
        root.put("title", article.title());
        if (article.date() != null) {
            root.put("date", article.date());
        }
        if (withText) {
            root.put("text", article.text());
        }
        List<Object> entities = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", m.type().name());
            e.put("text", m.text());
            e.put("start", m.span().start());
            e.put("end", m.span().end());
            e.put("sentence", m.sentence());
            e.put("confidence", m.confidence());
            e.put("evidence", m.evidence());
            if (m.subtype() != null) {
                e.put("kind", m.subtype());
            }
            entities.add(e);
        }
        root.put("entities", entities);
        List<Object> list = new ArrayList<>();
        for (Fact f : facts.facts()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", f.type().name());
            e.put("text", f.text());
            e.put("start", f.span().start());
            e.put("end", f.span().end());
            e.put("sentence", f.sentence());
            e.put("confidence", f.confidence());
            e.put("slots", f.slots());
            list.add(e);
        }
        root.put("facts", list);
        return root;
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
