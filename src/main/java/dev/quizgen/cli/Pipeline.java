package dev.quizgen.cli;

import dev.quizgen.article.Article;
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
import java.util.List;
import java.util.function.Consumer;

/**
 * The stages, built once per run and only when first needed (the German dictionary and each
 * language's models load lazily), then shared by every article of the run.
 */
final class Pipeline {
    private GermanLexicon german;
    private OpenNlpAnalyzer analyzer;
    private FactExtraction facts;
    private PersonList people;

    synchronized GermanLexicon german() {
        if (german == null) {
            german = new GermanLexicon();
        }
        return german;
    }

    synchronized OpenNlpAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new OpenNlpAnalyzer(this::german);
        }
        return analyzer;
    }

    synchronized FactExtraction facts() {
        if (facts == null) {
            facts = new FactExtraction(german());
        }
        return facts;
    }

    synchronized PersonList people() {
        if (people == null) {
            people = new PersonList();
        }
        return people;
    }

    Facts factsOf(Article article) {
        return facts().extract(analyzer().analyze(article));
    }

    /** Article → bank, with the given templates. */
    QuestionBank bank(Article article, List<Template> templates, GenerationOptions options, Consumer<String> log) {
        Facts f = factsOf(article);
        Lexicon lex = facts().lexicon(article.language());
        TemplateEngine engine = new TemplateEngine(new QuestionClause(german()));
        return new QuestionGenerator(engine, templates, log)
                .generate(f, lex.weekdays(), lex.months(), people(), options, "quizgen " + Main.VERSION);
    }
}
