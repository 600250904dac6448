package dev.quizgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.article.Article;
import dev.quizgen.article.ArticleReader;
import dev.quizgen.bank.BankJson;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text → no exception but a user error; every bank keeps its invariants and reads back. */
class PipelineProperties {
    private static final List<String> BENCH_TEXTS = TestPipeline.benchTexts();


    @Provide
    Arbitrary<String> truncatedArticles() {
        return Arbitraries.integers().between(0, BENCH_TEXTS.size() - 1).flatMap(i -> {
            String t = BENCH_TEXTS.get(i);
            return Arbitraries.integers().between(0, t.length()).map(n -> t.substring(0, n));
        });
    }

    @Property(tries = 60, seed = "20261126")
    void truncatedBenchArticlesGiveValidBanks(@ForAll("truncatedArticles") String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100, seed = "20261126")
    void randomUnicodeNeverCrashes(@ForAll String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100, seed = "20261126")
    void randomBytesNeverCrash(@ForAll byte[] bytes) {
        check(bytes);
    }

    private static void check(byte[] bytes) {
        Article a;
        try {
            a = new ArticleReader(w -> { }).parse(bytes, "fuzz.txt", null, null);
        } catch (QuizgenException expected) {
            return;   // a clear user error is a fine answer to garbage
        }
        QuestionBank bank = TestPipeline.bank(a, 10, 1);
        String json = BankJson.write(bank);
        assertEquals(json, BankJson.write(BankJson.read(json, "fuzz.json")), "bank JSON reads back unchanged");
        for (Question q : bank.questions()) {
            assertTrue(a.text().contains(q.source().sentence()));
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                assertTrue(q.options().size() >= 3 && q.options().size() <= 5);
                assertEquals(1, q.options().stream().filter(Option::correct).count());
                assertEquals(q.answer(), q.correctOption().text());
            } else if (q.type() == QuestionType.FILL_IN) {
                assertTrue(ws(a.text()).contains(ws(q.stem().replace("_____", q.answer()))), q.stem());
            }
        }
    }

    /** Whitespace folded, as the bench compares: a line break inside a sentence prints as a space. */
    private static String ws(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
