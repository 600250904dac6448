package dev.quizgen.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Why-questions: built from the rest of the sentence, and not made when that rest leans on a pronoun. */
class ReasonQuestionsTest {
    private static List<String> whyQuestions(String text, String lang) {
        Template why = TemplateLibrary.builtIn().stream()
                .filter(t -> t.id().equals(lang.toLowerCase() + "/cause-why")).findFirst().orElseThrow();
        return TestPipeline.preview(why, TestPipeline.facts(TestPipeline.text(text, Language.valueOf(lang))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | Die Schule blieb am Montag geschlossen, weil es stark schneite. | Warum blieb die Schule am Montag geschlossen? = weil es stark schneite",
            "DE | Weil die Ernte schlecht war, stiegen die Brotpreise.           | Warum stiegen die Brotpreise? = weil die Ernte schlecht war",
            "EN | The match was cancelled because the pitch was flooded.         | Why was the match cancelled? = because the pitch was flooded",
    })
    void asksWhyFromTheRestOfTheSentence(String lang, String sentence, String expected) {
        assertEquals(List.of(expected), whyQuestions(sentence, lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | Da die Skala sehr fein ist, wird es in der vierten Skala genauer dargestellt.",
            "DE | Er blieb zu Hause, weil es stark schneite.",
            "EN | It was cancelled because the pitch was flooded.",
    })
    void noQuestionWhenThePronounSaysNotWhatIsMeant(String lang, String sentence) {
        assertEquals(List.of(), whyQuestions(sentence, lang));
    }
}
