package dev.quizgen;

import dev.quizgen.article.Article;
import dev.quizgen.article.ArticleReader;
import dev.quizgen.article.Language;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.distractors.PersonList;
import dev.quizgen.facts.FactExtraction;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Lexicon;
import dev.quizgen.nlp.GermanLexicon;
import dev.quizgen.nlp.opennlp.OpenNlpAnalyzer;
import dev.quizgen.questions.GenerationOptions;
import dev.quizgen.questions.QuestionGenerator;
import dev.quizgen.templates.QuestionClause;
import dev.quizgen.templates.TemplateEngine;
import dev.quizgen.templates.TemplateLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** The real pipeline for tests, loaded once per JVM (models take a moment). */
public final class TestPipeline {
    public static final GermanLexicon GERMAN = new GermanLexicon();
    public static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer(() -> GERMAN);
    public static final FactExtraction FACTS = new FactExtraction(GERMAN);
    public static final PersonList PEOPLE = new PersonList(() -> GERMAN);
    public static final Path SEED = Path.of("seeds/000_bb5b8c5e75b707f6.txt");
    public static final Path BENCH = Path.of("../shared/bench/xquad");

    private TestPipeline() {
    }

    /** The dev bench's articles, German then English, each folder sorted. */
    public static java.util.List<Path> benchArticles() {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (String lang : java.util.List.of("de", "en")) {
            try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(BENCH.resolve(lang))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The texts of {@link #benchArticles()}. */
    public static java.util.List<String> benchTexts() {
        return benchArticles().stream().map(p -> {
            try {
                return java.nio.file.Files.readString(p);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    public static Article read(Path file) {
        return new ArticleReader(w -> { }).read(file, null, null);
    }

    public static Article text(String text, Language language) {
        return new ArticleReader(w -> { }).parse(text.getBytes(StandardCharsets.UTF_8), "test.txt", language, null);
    }

    public static Facts facts(Article a) {
        return FACTS.extract(ANALYZER.analyze(a));
    }

    public static TemplateEngine engine() {
        return new TemplateEngine(new QuestionClause(GERMAN));
    }

    public static java.util.List<String> preview(dev.quizgen.templates.Template t, Facts f) {
        Lexicon lex = FACTS.lexicon(f.text().article().language());
        return new QuestionGenerator(engine(), java.util.List.of(t), m -> { }).preview(t, f, lex.weekdays(), lex.months(), PEOPLE);
    }

    public static QuestionBank bank(Article a, int count, long seed) {
        return bank(a, count, seed, Set.of());
    }

    public static QuestionBank bank(Article a, int count, long seed, Set<dev.quizgen.bank.QuestionType> types) {
        Lexicon lex = FACTS.lexicon(a.language());
        return new QuestionGenerator(engine(), TemplateLibrary.builtIn(), m -> { })
                .generate(facts(a), lex.weekdays(), lex.months(), PEOPLE, new GenerationOptions(count, types, seed, "mixed"),
                        "quizgen test");
    }
}
