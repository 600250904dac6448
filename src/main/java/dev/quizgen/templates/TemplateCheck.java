package dev.quizgen.templates;

import dev.quizgen.article.Article;
import dev.quizgen.article.Language;
import dev.quizgen.facts.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs every template's examples: each must make exactly the expected question and answer. */
public final class TemplateCheck {
    /** One example that did not give what it expects. */
    public record Failure(Template template, Template.Example example, List<String> got) {
        public String message() {
            return template.origin().replaceFirst(":\\d+$", "") + ":" + example.line() + " [" + template.id() + "] expected '"
                    + example.stem() + " = " + example.answer() + "' but got "
                    + (got.isEmpty() ? "no question" : String.join(" | ", got));
        }
    }

    private TemplateCheck() {
    }

    /** @param analyse text of an example → its facts (the real analysis) */
    public static List<Failure> run(List<Template> templates, TemplateEngine engine, Function<Article, Facts> analyse) {
        List<Failure> failures = new ArrayList<>();
        for (Template t : templates) {
            Language lang = Language.fromCode(t.language());
            for (Template.Example ex : t.examples()) {
                Article a = new Article("example.txt", ex.input(), "example", null, lang, "0");
                Facts facts = analyse.apply(a);
                List<String> got = new ArrayList<>();
                boolean ok = false;
                for (Draft d : engine.apply(List.of(t), facts)) {
                    got.add(d.stem() + " = " + d.answer());
                    ok |= d.stem().equals(ex.stem()) && d.answer().equals(ex.answer());
                }
                if (!ok) {
                    failures.add(new Failure(t, ex, got));
                }
            }
        }
        return failures;
    }
}
