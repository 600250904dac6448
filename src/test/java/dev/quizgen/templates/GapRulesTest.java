package dev.quizgen.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gaps a pupil could fill without reading, or that cut a name in two, are not made; the same
 * sentences without the give-away still get their gap.
 */
class GapRulesTest {
    private static List<String> gaps(String template, String text, String lang) {
        Template t = TemplateLibrary.builtIn().stream()
                .filter(x -> x.id().equals(lang.toLowerCase() + "/" + template)).findFirst().orElseThrow();
        return TestPipeline.preview(t, TestPipeline.facts(TestPipeline.text(text, Language.valueOf(lang))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the year after it gives it away
            "DE | cloze-date         | Ende 1961 und Anfang 1962 änderten die Ingenieure ihre Meinung.",
            // the decade or century beside it gives it away
            "DE | cloze-date         | Kleinere Änderungen wurden in den 1960er und 1970er Jahren vorgenommen.",
            "DE | cloze-date         | Im Laufe des 18. und 19. Jahrhunderts migrierten viele Familien westwärts.",
            // a word of the sentence is made from the answer
            "EN | cloze-place        | In Tibetan Buddhism the teachers of Dharma in Tibet are called lamas.",
            // the brackets convert the answer
            "EN | cloze-quantity     | The old lines mainly use 1,600 mm (5 ft 3 in) tracks.",
            // the name goes on beside the gap
            "EN | cloze-place        | The broadcast data was compiled by Nafzger and assigned to Lowry Digital for restoration.",
            // the name ends a longer name or title: "… of the _____"
            "EN | cloze-organization | Luther wrote On the Babylonian Captivity of the Church in the same year.",
            // a name used as an attribute of the noun after it
            "EN | cloze-place        | The embargo had a negative influence on the Canadian and the Norway economy.",
            // a time told from the sentence before
            "EN | cloze-date         | Eight years later, in 1909, the city had a new theatre.",
            // a pronoun whose referent is in another sentence
            "EN | cloze-date         | Most Western countries have now banned it, but it remains lawful in Texas since 1977.",
            // the main clause after a fronted clause opens with a pronoun
            "EN | cloze-person       | Furnished with notes by Luther and with woodcuts by Lucas Cranach, it played a major role in the Reformation.",
            "DE | cloze-person       | Versehen mit Holzschnitten von Lucas Cranach, spielte sie eine wichtige Rolle in der Reformation.",
            // the names after the count can be counted
            "EN | cloze-quantity     | Tesla partnered with two businessmen in 1886, Robert Lane and Benjamin Vail, who financed a company.",
            // the country the article is set in
            "EN | cloze-place        | Poland joined the union in 2004. Many Jews lived in Poland before the war. The authorities of Poland discouraged church building.",
            "EN | cloze-place        | The US joined in 1917. Many U.S. soldiers died. The first patents of the inventor were issued in the United States.",
            // the words after the gap restate the name
            "EN | cloze-organization | From 1935, the building housed the Upati Institute of Dramatic Arts – the first academy of dramatic art.",
            // an evaluation only word-for-word recall fills
            "DE | cloze-quote        | Die Beziehungen hätten erst ein „solch dramatisches Treffen“ zustande gebracht, hieß es.",
            // a German place name after its article: few take one
            "DE | cloze-place        | In den Vereinigten Staaten legt jeder Bundesstaat die Regeln selbst fest.",
            // the sentence says the number again
            "EN | cloze-quantity     | Kuechly recorded four interceptions, and Norman intercepted four passes of his own.",
            // one of a list of its kind
            "EN | cloze-place        | Other large cities are Lublin, Kraków, Gdańsk and Poznań.",
            // the count is the whole subject
            "EN | cloze-quantity     | Two tourist railways operate over narrow gauge lines.",
            // a number that is part of a name, or one end of a range
            "EN | cloze-number       | The crew named their flight Apollo 1 after the accident.",
            "EN | cloze-number       | In 2006 the network announced a partnership with Level 3 Communications.",
            "DE | cloze-number       | Die Fossilien hatten zwischen 24 und 80 Kammreihen.",
            "DE | cloze-number       | Die Bahn fährt auf der Breitspur mit 1.600 mm (5 Fuß 3 Zoll).",
            "DE | cloze-number       | Sauerstoff hat zwei spektrophotometrische Banden mit Spitzen bei 687 und 760 nm.",
            // a word after the verb stands for the sentence before; "us" and "you" outside quotation marks
            "DE | cloze-date         | Im Falle eines Erfolgs würde darauf im Februar 1967 ein Test folgen.",
            "EN | cloze-quantity     | You have increased the price of the wheat you sell us by 300 percent.",
            // more than the ones the sentence before told of; a pronoun after a language, which names nobody
            "DE | cloze-date         | Carolina hatte im Jahr 2016 noch zwei weitere Drives.",
            "EN | cloze-date         | Carolina had two more drives in 2016.",
            "DE | cloze-quote        | Der Text war in Lateinisch geschrieben, abgesehen von den Worten „Wir sind Bettler“, welche er auf Deutsch niederschrieb.",
            // a sentence that points back
            "DE | cloze-date         | Die Broncos beendeten die Saison mit zwölf Siegen. Sie besiegten die Patriots im Jahr 2016.",
            // a demonstrative pronoun as the subject stands for the sentence before
            "DE | cloze-date         | Im Jahr 1890 war dies bekannt als die Miasma-Theorie.",
            "DE | cloze-place        | Das impliziert, dass die Stadt Bergen im Jahr 1349 nicht direkt von Frankreich aus infiziert wurde.",
            // a demonstrative after the verb: a thing named in the sentence before
            "DE | cloze-date         | Die Erwägung dieses Modus spielte im Jahr 1962 eine wichtige Rolle.",
            "EN | cloze-date         | In 1962 the engineers chose this mode for the flight.",
    })
    void noGap(String lang, String template, String sentence) {
        assertEquals(List.of(), gaps(template, sentence, lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | cloze-date     | Im Jahr 1961 änderten die Ingenieure ihre Meinung.                    | 1961",
            "EN | cloze-place    | The teachers of Dharma in Tibet are most commonly called lamas.        | Tibet",
            "EN | cloze-quantity | There were 111,529 families (70.4% of all households) in the county. | 111,529 families",
            "EN | cloze-quantity | Tesla partnered with two businessmen in 1886 to found a company.         | two businessmen",
            "EN | cloze-date     | Corporal punishment remains lawful in Texas since 1977.               | 1977",
            "EN | cloze-person   | With woodcuts by Lucas Cranach, the Bible spread across the land.        | Lucas Cranach",
            "EN | cloze-place    | Warsaw is the capital. The authorities of Poland discouraged church building. | Poland",
            "EN | cloze-place    | The images came from tapes in Australia, the CBS archive and recordings.  | Australia",
            "EN | cloze-organization | From 1935, the building housed the Upati Institute of Dramatic Arts. | Upati Institute of Dramatic Arts",
            "EN | cloze-quantity | Trains are popular. The country has two tourist railways on narrow gauge lines. | two tourist railways",
            "DE | cloze-number   | Die durchschnittliche Haushaltsgröße betrug 3,07.                     | 3,07",
            "EN | cloze-number   | The average family size was 3.62 in the county.                       | 3.62",
            // a time the sentence gives itself; a demonstrative after a semicolon points into the sentence
            "EN | cloze-date     | The city grew fast in those years, and in 1909 the town built a theatre. | 1909",
            "DE | cloze-date     | Im Jahr 1909 verdunstete das Wasser langsamer; dieser Unterschied war groß. | 1909",
    })
    void gap(String lang, String template, String sentence, String answer) {
        List<String> got = gaps(template, sentence, lang);
        assertTrue(got.stream().anyMatch(q -> q.endsWith("= " + answer)), got.toString());
    }

    @org.junit.jupiter.api.Test
    void anEnglishConnectorIsLeftOutOfTheGapSentence() {
        List<String> got = gaps("cloze-date", "The union grew. However, the workers went on strike in 1912.", "EN");
        assertTrue(got.contains("The workers went on strike in _____. = 1912"), got.toString());
        // "Later," says when: the sentence still needs the one before
        assertEquals(List.of(), gaps("cloze-date", "The union grew. Later, the workers went on strike in 1912.", "EN"));
        // no rebuilt question keeps or drops it
        assertEquals(List.of(), gaps("date-when", "The union grew. However, the workers went on strike in 1912.", "EN"));
    }

    @org.junit.jupiter.api.Test
    void anIndefiniteArticleIsNoPartOfAName() {
        List<String> got = gaps("cloze-person", "A Norman named Oursel led a force into the upper Euphrates valley.", "EN");
        assertTrue(got.stream().noneMatch(q -> q.endsWith("= A Norman")), got.toString());
    }

    @org.junit.jupiter.api.Test
    void aWeekdayThatBeginsANameIsNoGap() {
        List<String> got = gaps("cloze-date", "The university won the Sunday Times award in 2000.", "EN");
        assertTrue(got.stream().noneMatch(q -> q.endsWith("= Sunday")), got.toString());
        assertTrue(got.stream().anyMatch(q -> q.endsWith("= 2000")), got.toString());
    }

    @org.junit.jupiter.api.Test
    void aCenturyIsNoGapWhereAYearOfTheSentenceTellsIt() {
        String text = "Closure announcements by Ford in the 21st century, with a statement in February 2014, ended the car industry.";
        List<String> got = gaps("cloze-date", text, "EN");
        assertTrue(got.stream().noneMatch(q -> q.endsWith("= 21st century")), got.toString());
        assertTrue(gaps("cloze-date", "Closure announcements in the 21st century ended the car industry.", "EN").stream()
                .anyMatch(q -> q.endsWith("= 21st century")));
    }

    @org.junit.jupiter.api.Test
    void aSentencesFirstWordMovedIntoTheQuestionIsWrittenAsTheArticleWritesIt() {
        String text = "The plague came from Asia. Plague occurred in Venice 22 times between 1361 and 1528.";
        List<String> got = gaps("place-where", text, "EN");
        assertTrue(got.stream().anyMatch(q -> q.startsWith("Where did plague occur 22 times")), got.toString());
        // a name stays as it is
        List<String> named = gaps("place-where", "Tesla worked hard. Tesla lived in New York for many years.", "EN");
        assertTrue(named.stream().anyMatch(q -> q.startsWith("Where did Tesla live")), named.toString());
    }

    @org.junit.jupiter.api.Test
    void aPlaceTheHeadingNamesInAnotherLanguageIsNotAsked() {
        // the bench's German articles carry English headings: "Warsaw" names "Warschau"
        String body = "Die Stadt hat viele Theater. Im Jahr 1817 wurde in Warschau die erste Börse gegründet.";
        assertEquals(List.of(), gaps("cloze-place", "Warsaw\n\n" + body, "DE"));
        assertTrue(gaps("cloze-place", "Theater\n\n" + body, "DE").stream().anyMatch(q -> q.endsWith("= Warschau")));
    }
}
