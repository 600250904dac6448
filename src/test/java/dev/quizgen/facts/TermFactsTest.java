package dev.quizgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The key term of a sentence: a noun the article repeats or a long one; never a name, a unit, a general noun or a modifier. */
class TermFactsTest {
    private static List<String> terms(String text, String lang) {
        return TestPipeline.facts(TestPipeline.text(text, Language.valueOf(lang))).ofType(FactType.TERM).stream()
                .map(Fact::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // repeated in the article
            "DE | Rippenquallen fangen ihre Beute mit Klebzellen. Die Klebzellen sitzen an den Arme.    | Klebzellen, Klebzellen",
            "EN | Comb jellies catch prey with colloblasts. The colloblasts are sticky cells.            | colloblasts, colloblasts",
            // a long word, once
            "DE | Taucher fürchten die Dekompressionskrankheit.                                         | Dekompressionskrankheit",
            "EN | The forest is threatened by deforestation and farming.                                  | deforestation",
    })
    void findsTheKeyTerm(String lang, String text, String expected) {
        assertEquals(List.of(expected.split(", ")), terms(text, lang), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // general nouns, counted nouns, months, names
            "DE | Im Jahr 1990 gab es 308 Punkte und viele Anhänger im Februar.",
            "EN | The team scored 308 points in the second half of the year.",
            // a modifier of the noun after it
            "EN | Carbon monoxide poisoning is treated with oxygen chambers.",
    })
    void noTerm(String lang, String text) {
        assertEquals(List.of(), terms(text, lang), text);
    }
}
