package dev.quizgen.cli;

import dev.quizgen.article.Article;
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
import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateEngine;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The stages, built once per run and only when first needed (the German dictionary and each
 * language's models load lazily), then shared by every article of the run. Thread-safe: each
 * stage is built once under its own lock, and the stages themselves may be used by many threads.
 */
final class Pipeline {
    private final Lazy<GermanLexicon> german = new Lazy<>(GermanLexicon::new);
    private final Lazy<OpenNlpAnalyzer> analyzer = new Lazy<>(() -> new OpenNlpAnalyzer(this::german));
    private final Lazy<FactExtraction> facts = new Lazy<>(() -> new FactExtraction(german()));
    private final Lazy<PersonList> people = new Lazy<>(() -> new PersonList(this::german));
    private final Set<Language> prepared = EnumSet.noneOf(Language.class);

    GermanLexicon german() {
        return german.get();
    }

    OpenNlpAnalyzer analyzer() {
        return analyzer.get();
    }

    FactExtraction facts() {
        return facts.get();
    }

    PersonList people() {
        return people.get();
    }

    /**
     * Starts loading what the fact and question stages need for a language (dictionary, word
     * lists, compound splitter, people) on a background thread, so that it overlaps with loading
     * the analysis models: a cold run on one article spends most of its time loading. Whatever
     * the background thread fails to load, the caller loads again and gets the error itself.
     */
    void prepare(Language language) {
        synchronized (prepared) {
            if (!prepared.add(language)) {
                return;
            }
        }
        Thread t = new Thread(() -> {
            try {
                facts().lexicon(language);
                people();
            } catch (RuntimeException e) {
                // not lost: the stage stays unbuilt, and the thread that needs it builds it and reports the error
            }
        }, "quizgen-prepare-" + language.code());
        t.setDaemon(true);
        t.start();
    }

    Facts factsOf(Article article) {
        prepare(article.language());
        return facts().extract(analyzer().analyze(article));
    }

    /** What one template makes from an example's facts ("stem = answer" lines). */
    List<String> preview(Template t, Facts f) {
        Lexicon lex = facts().lexicon(f.text().article().language());
        return new QuestionGenerator(new TemplateEngine(new QuestionClause(german())), List.of(t), QuestionGenerator.QUIET)
                .preview(t, f, lex.weekdays(), lex.months(), people());
    }

    /** Article → bank, with the given templates. */
    QuestionBank bank(Article article, List<Template> templates, GenerationOptions options, Consumer<String> log) {
        long t0 = System.nanoTime();
        prepare(article.language());
        var analysed = analyzer().analyze(article);
        long t1 = System.nanoTime();
        Facts f = facts().extract(analysed);
        long t2 = System.nanoTime();
        java.util.Map<String, Long> byType = new java.util.TreeMap<>();
        f.facts().forEach(x -> byType.merge(x.type().name(), 1L, Long::sum));
        log.accept(f.text().sentences().size() + " sentences, " + f.facts().size() + " facts " + byType);
        Lexicon lex = facts().lexicon(article.language());
        TemplateEngine engine = new TemplateEngine(new QuestionClause(german()));
        QuestionBank bank = new QuestionGenerator(engine, templates, log)
                .generate(f, lex.weekdays(), lex.months(), people(), options, "quizgen " + Main.VERSION);
        long t3 = System.nanoTime();
        // the first article of a run pays for loading the models, the dictionary and the word lists
        log.accept(String.format(java.util.Locale.ROOT, "time: analysis %d ms, facts %d ms, questions %d ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
        return bank;
    }

    /** A value built on first use, once, under its own lock (so building one stage never waits for another). */
    private static final class Lazy<T> {
        private final Supplier<T> build;
        private volatile T value;

        Lazy(Supplier<T> build) {
            this.build = build;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = build.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
