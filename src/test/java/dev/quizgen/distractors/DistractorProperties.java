package dev.quizgen.distractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Article;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.facts.EntityType;
import dev.quizgen.facts.Facts;
import dev.quizgen.facts.Mention;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Over the dev bench and any seed: multiple choice keeps one right answer among options of its kind. */
class DistractorProperties {
    private static final List<Path> ARTICLES = TestPipeline.benchArticles();
    private static final Pattern NUMBER = Pattern.compile("\\d");


    @Provide
    Arbitrary<Path> benchArticles() {
        return Arbitraries.of(ARTICLES);
    }

    @Property(tries = 40, seed = "20261126")
    void multipleChoiceHasOneRightAnswerAmongOptionsOfItsKind(@ForAll("benchArticles") Path file,
                                                             @ForAll("seeds") long seed) {
        Article a = TestPipeline.read(file);
        Facts facts = TestPipeline.facts(a);
        QuestionBank bank = TestPipeline.bank(a, 15, seed);
        Set<String> persons = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (Mention m : facts.mentions()) {
            (m.type() == EntityType.PERSON ? persons : m.type() == EntityType.ORGANIZATION ? organisations : new HashSet<String>()).add(m.text());
        }
        for (Question q : bank.questions()) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            assertTrue(q.options().size() >= 3 && q.options().size() <= 5, q.stem());
            assertEquals(1, q.options().stream().filter(Option::correct).count(), q.stem());
            assertEquals(q.answer(), q.correctOption().text());
            List<String> texts = q.options().stream().map(o -> DistractorPicker.norm(o.text())).toList();
            assertEquals(texts.size(), new HashSet<>(texts).size(), "duplicate options: " + texts);
            for (int i = 0; i < texts.size(); i++) {
                for (int j = 0; j < texts.size(); j++) {
                    assertFalse(i != j && DistractorPicker.alias(texts.get(i), texts.get(j)), "alias options: " + texts);
                }
            }
            String template = q.template();
            for (Option o : q.options()) {
                if (template.endsWith("person-role-who") && !o.correct()) {
                    assertTrue(o.source().startsWith("list:persons") || persons.stream().anyMatch(p -> o.text().contains(p)),
                            "not a person: " + o.text() + " in " + q.stem());
                }
                if (template.endsWith("quantity-gap-choice") || template.endsWith("date-when")) {
                    assertTrue(NUMBER.matcher(o.text()).find() || !NUMBER.matcher(q.answer()).find(),
                            "a number answer with a non-number option: " + o.text());
                }
            }
            if (template.endsWith("quantity-gap-choice")) {
                String unit = q.answer().replaceAll("^[^\\p{L}%]*", "");
                for (Option o : q.options()) {
                    assertEquals(unit, o.text().replaceAll("^[^\\p{L}%]*", ""), "same unit: " + q.options());
                }
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(1, 1000);
    }
}
