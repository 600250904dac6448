package dev.quizgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reasons and purposes the text marks, with the words the answer is made of; and the words that only look like markers. */
class CauseFactsTest {
    private static List<Fact> causes(String text, String lang) {
        return TestPipeline.facts(TestPipeline.text(text, Language.valueOf(lang))).ofType(FactType.CAUSE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | Tesla zog nach Amerika, weil er dort Arbeit suchte.                  | cause   | weil er dort Arbeit suchte",
            "DE | Weil die Ernte schlecht war, stiegen die Preise.                      | cause   | Weil die Ernte schlecht war",
            "DE | Die Schule blieb geschlossen, da es stark schneite.                   | cause   | da es stark schneite",
            "DE | Wegen des Embargos stiegen die Ölpreise stark an.                     | cause   | Wegen des Embargos",
            "DE | Die Stadt wuchs aufgrund des raschen Bevölkerungs- und Verkehrsanstiegs. | cause | aufgrund des raschen Bevölkerungs- und Verkehrsanstiegs",
            "DE | Studenten strömten nach Wittenberg, um Luther sprechen zu hören.      | purpose | um Luther sprechen zu hören",
            "DE | Die Firma senkte die Preise, damit mehr Kunden kamen.                 | purpose | damit mehr Kunden kamen",
            "EN | Priestley is often given priority because his work was published first. | cause | because his work was published first",
            "EN | The match was cancelled due to heavy rain.                            | cause   | due to heavy rain",
            "EN | Because of the war, the company closed its factory.                   | cause   | Because of the war",
            "EN | The city built a bridge in order to reduce traffic.                   | purpose | in order to reduce traffic",
    })
    void findsTheMarkedReason(String lang, String sentence, String kind, String phrase) {
        List<Fact> found = causes(sentence, lang);
        assertEquals(1, found.size(), sentence + " → " + found);
        assertEquals(kind, found.get(0).slot("kind"));
        assertEquals(phrase, found.get(0).slot("phrase"));
        assertTrue(phrase.endsWith(found.get(0).text()), "the answer is the reason without its marker");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | Da war niemand mehr im Saal.",                                             // "da" as an adverb
            "DE | Er kam um acht Uhr nach Hause.",                                          // "um" as a preposition
            "DE | Da die Theorie daran interessiert ist, Probleme zu ordnen, definiert man Klassen.", // the comma is inside the clause
            "EN | The fossils are so rare that when the cilia beat, nothing is left.",
    })
    void leavesOutWordsThatOnlyLookLikeMarkers(String lang, String sentence) {
        assertEquals(List.of(), causes(sentence, lang).stream().map(Fact::text).toList(), sentence);
    }
}
