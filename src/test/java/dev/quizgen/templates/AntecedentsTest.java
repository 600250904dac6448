package dev.quizgen.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence whose pronoun stands for the one person named just before is asked with the name in
 * its place; where the sentences before leave a doubt, the sentence is not asked at all.
 */
class AntecedentsTest {
    private static List<String> dateGaps(String text, String lang) {
        Template t = TemplateLibrary.builtIn().stream()
                .filter(x -> x.id().equals(lang.toLowerCase() + "/cloze-date")).findFirst().orElseThrow();
        return TestPipeline.preview(t, TestPipeline.facts(TestPipeline.text(text, Language.valueOf(lang))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // not the subject before, but the person the article names most
            "DE | Martin Luther lehrte in Wittenberg. Luther schrieb viel. Studenten strömten nach Wittenberg, um Luther sprechen zu hören. Er veröffentlichte im Jahr 1519 einen Kommentar. "
                    + "| Luther veröffentlichte im Jahr _____ einen Kommentar. = 1519",
            "EN | Tesla was renowned for his achievements. His patents earned him a lot of money in 1900. "
                    + "| Tesla's patents earned him a lot of money in _____. = 1900",
            "DE | James Hutton gilt als der erste moderne Geologe. In seinem Werk erklärte er 1785 seine Theorie. "
                    + "| In James Huttons Werk erklärte er _____ seine Theorie. = 1785",
            "EN | Marie Curie was born in Warsaw. She studied physics in Paris from 1891. "
                    + "| Marie Curie studied physics in Paris from _____. = 1891",
            // "It" after a sentence whose subject is a place or organisation name
            "EN | Newcastle University is one of the leading universities. It won the award in 2000. "
                    + "| Newcastle University won the award in _____. = 2000",
            // "They" after a sentence whose subject is a team
            "EN | The Broncos defeated the Steelers in the divisional round. They then beat the Patriots in 2016. "
                    + "| The Broncos then beat the Patriots in _____. = 2016",
            // two sentences back, when the one between names nobody
            "EN | Tesla was renowned for his achievements. The work was hard. He lived in New York from 1884. "
                    + "| Tesla lived in New York from _____. = 1884",
    })
    void resolved(String lang, String text, String question) {
        List<String> got = dateGaps(text, lang);
        assertTrue(got.contains(question), got.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // two people before it
            "DE | Edison traf Tesla in New York. Er zog im Jahr 1884 nach Paris.",
            // the name is no subject, and "er" may be the treaty
            "DE | Der Vertrag wurde von Helmut Kohl unterzeichnet. Er trat im Jahr 1990 in Kraft.",
            // a possessive that takes no name ("einer Luthers Schriften")
            "DE | Martin Luther schrieb viel. Einer seiner Texte erschien im Jahr 1520.",
            // "she" for a man's name
            "EN | Peter Smith won the race. She was born in 1990.",
            // "he" and "her": two people
            "EN | Pierre Curie worked in Paris. He married her in 1895.",
            // a pronoun deep in the sentence: the sentence is about something else ("Der Text")
            "DE | Später entdeckte man ein Papier von Martin Luther. Der Text war im Jahr 1546 verfasst, abgesehen von Worten, welche er auf Deutsch schrieb.",
            // an "it" that stands for nothing
            "EN | BSkyB announced its plans for new channels. It was proposed that the channels would start in 2007.",
            // "They" after a subject that is no name
            "EN | Norman mercenaries came to the south. They fought in Sicily in 1038.",
            // a new paragraph
            "EN | Tesla was renowned for his achievements.\n\nHe lived in New York from 1884.",
    })
    void unresolved(String lang, String text) {
        assertEquals(List.of(), dateGaps(text.replace("\\n", "\n"), lang));
    }
}
