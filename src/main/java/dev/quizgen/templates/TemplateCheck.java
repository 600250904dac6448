package dev.quizgen.templates;

import dev.quizgen.article.Article;
import dev.quizgen.article.Language;
import dev.quizgen.facts.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
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

    /**
     * @param analyse text of an example → its facts (the real analysis)
     * @param make    what a template makes from facts, as "stem = answer" lines (the real generator)
     */
    public static List<Failure> run(List<Template> templates, Function<Article, Facts> analyse,
                                    BiFunction<Template, Facts, List<String>> make) {
        List<Failure> failures = new ArrayList<>();
        for (Template t : templates) {
            Language lang = Language.fromCode(t.language());
            for (Template.Example ex : t.examples()) {
                // a "¶" in an example starts a new paragraph (gap texts take their spare words from other paragraphs)
                Article a = new Article("example.txt", ex.input().replace(" ¶ ", "\n\n"), "example", null, lang, "0");
                Facts facts = analyse.apply(a);
                List<String> got = make.apply(t, facts);
                boolean ok = got.contains(ex.stem() + " = " + ex.answer());
                if (!ok) {
                    failures.add(new Failure(t, ex, got));
                }
            }
        }
        return failures;
    }
}
