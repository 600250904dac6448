package dev.quizgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A term is only what the sentence itself names as one ("… wird Tulku genannt", "is known as a guru"). */
class TermFactsTest {
    private static List<String> terms(String text, String lang) {
        return TestPipeline.facts(TestPipeline.text(text, Language.valueOf(lang))).ofType(FactType.TERM).stream().map(Fact::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | Ein Lama, der wiedergeboren werden kann, wird Tulku genannt.                         | Tulku",
            "DE | Die Rippenquallen haben acht Streifen, die Kammreihen genannt werden.                 | Kammreihen",
            "DE | Der Bürgermeister wird in den Städten Burmistrz genannt.                              | Burmistrz",
            "DE | Die West Side von Fresno, auch oft „Southwest Fresno“ genannt, ist ein altes Viertel. | Southwest Fresno",
            "DE | Im tibetischen Buddhismus werden die Lehrer gewöhnlich als Lama bezeichnet.          | Lama",
            "EN | In Hinduism the spiritual teacher is known as a guru.                                | guru",
            "DE | Diese Erklärung ist heute bekannt als die Miasma-Theorie.                            | Miasma-Theorie",
            "EN | Ctenophores have eight strips, called comb rows, that run along their sides.         | comb rows",
            "EN | Initially it was known as the Museum of Manufactures, first opening in May 1852.     | Museum of Manufactures",
            "EN | The subdivision was for years known as the \"Dogg Pound\" in reference to a gang.    | Dogg Pound",
    })
    void named(String lang, String text, String term) {
        assertEquals(List.of(term), terms(text, lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // two names, or a name and its translation, are no one term
            "DE | Der Raum wird Brennkammer oder Feuerkammer genannt.",
            "DE | Die Verwaltungseinheit wird Gemeinde (Gmina) genannt.",
            "EN | A connection known as a virtual circuit or byte stream is provided.",
            // a verb, no naming
            "EN | The union called for a strike in 1912.",
            "EN | The museum is known for its collection of dresses.",
            "EN | The house was named after the first director.",
            // a code with digits is no term to learn
            "EN | The crew would fly a dual mission known as AS-207/208 in the next year.",
            // a term longer than three words is a description
            "EN | The plan was known as the very long and winding national road building programme.",
    })
    void none(String lang, String text) {
        assertEquals(List.of(), terms(text, lang));
    }
}
