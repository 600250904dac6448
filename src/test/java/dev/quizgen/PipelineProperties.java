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
                String filled = ws(q.stem().replace("_____", q.answer()));
                // as the article has it, or with a pronoun named, or without an opening "However, "
                String lowered = filled.isEmpty() ? filled : Character.toLowerCase(filled.charAt(0)) + filled.substring(1);
                assertTrue(ws(a.text()).contains(filled) || namedPronoun(ws(q.source().sentence()), filled, a.text())
                        || ws(q.source().sentence()).matches("(?s)\\p{Lu}\\p{L}+, \\Q" + lowered + "\\E|\\p{Lu}\\p{L}+, \\Q" + filled + "\\E"), q.stem());
            }
        }
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("er", "ihn", "ihm", "sein", "seine", "seiner",
            "seinen", "seinem", "seines", "he", "him", "his", "she", "it", "its");

    /** The sentence with one pronoun replaced by a name the article has (or its genitive): "Er veröffentlichte" → "Luther veröffentlichte". */
    private static boolean namedPronoun(String sentence, String filled, String article) {
        int p = 0;
        while (p < sentence.length() && p < filled.length() && sentence.charAt(p) == filled.charAt(p)) {
            p++;
        }
        int e = 0;
        while (e < sentence.length() - p && e < filled.length() - p
                && sentence.charAt(sentence.length() - 1 - e) == filled.charAt(filled.length() - 1 - e)) {
            e++;
        }
        String[] was = (sentence.substring(0, p).replaceAll(".*[^\\p{L}]", "") + sentence.substring(p, sentence.length() - e)
                + sentence.substring(sentence.length() - e).replaceAll("[^\\p{L}].*", "")).split(" ");
        String now = filled.substring(0, p).replaceAll(".*[^\\p{L}]", "") + filled.substring(p, filled.length() - e)
                + filled.substring(filled.length() - e).replaceAll("[^\\p{L}].*", "");
        String name = now.replaceAll("('s|'|s)$", "");
        return was.length == 1 && PRONOUNS.contains(was[0].toLowerCase(java.util.Locale.ROOT))
                && (article.contains(now) || article.contains(name));
    }

    /** Whitespace folded, as the bench compares: a line break inside a sentence prints as a space. */
    private static String ws(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
