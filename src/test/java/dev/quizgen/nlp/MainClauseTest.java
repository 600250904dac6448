package dev.quizgen.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the main clause is: its words [start, end) with the finite verb in brackets, and what
 * follows it; "-" for a sentence that has no main clause a question can be made from.
 */
class MainClauseTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DE | Tesla starb am 7. Januar 1943 in New York. | Tesla [starb] am 7. Januar 1943 in New York | NONE
            DE | Peyton Manning wurde zum ersten Quarterback, der zwei Teams zu Super Bowls führte. | Peyton Manning [wurde] zum ersten Quarterback | RELATIVE
            DE | Seine Patente verhalfen ihm zu Geld, von dem ein Großteil für seine Projekte verwendet wurde. | Seine Patente [verhalfen] ihm zu Geld | RELATIVE
            DE | Brian Johnson war Mitglied der Band Geordie, bevor er Sänger von AC/DC wurde. | Brian Johnson [war] Mitglied der Band Geordie | ADVERBIAL
            DE | Mehrere Exponate wurden erworben, um den Kern der Sammlung zu bilden. | Mehrere Exponate [wurden] erworben | ADVERBIAL
            DE | Die Stadt hat zwei Universitäten – Newcastle University und Northumbria University. | Die Stadt [hat] zwei Universitäten | ASIDE
            DE | Der Verein konnte, obwohl er Schulden hatte, weiterspielen. | - | -
            DE | Das Gericht erklärte, dass die Entscheidung keinen Einfluss habe. | - | -
            DE | Später begannen viele, in den Dienst des armenischen Staates zu treten. | - | -
            DE | Als Marconi 1901 funkte, witzelte Tesla über die Patente. | - | -
            DE | Tesla war 1884 in Paris, in der Hauptstadt Frankreichs. | - | -
            DE | Tesla hielt Vorträge, schrieb Bücher und baute Spulen. | Tesla [hielt] Vorträge | COORDINATE
            DE | Teslas Patente wurden 1903 zuerst anerkannt, dann jedoch erfolgte 1904 eine gegenteilige Entscheidung. | Teslas Patente [wurden] 1903 zuerst anerkannt | COORDINATE
            DE | Tesla war Erfinder, Physiker und Ingenieur. | - | -
            DE | Der Stator besteht aus einer ähnlichen, aber unbeweglichen Reihe an Flügeln. | - | -
            DE | Da Organismen weltweit im gleichen Weltalter existieren, kann ihr Vorhandensein genutzt werden. | - | -
            EN | In 1884, Tesla moved to New York. | Tesla [moved] to New York | NONE
            EN | The name was coined in 1777 by Lavoisier, whose experiments discredited the old theory. | The name [was] coined in 1777 by Lavoisier | RELATIVE
            EN | The company was founded in 1990, while the market was growing. | The company [was] founded in 1990 | ADVERBIAL
            EN | Tesla quipped that it was done with his patents, though there is little to support this claim. | Tesla [quipped] that it was done with his patents | ADVERBIAL
            EN | When considering computational problems, a problem instance is a string. | - | -
            EN | According to the census, the city had 711,988 inhabitants. | - | -
            EN | The company, a subsidiary of Siemens, was founded in 1990. | - | -
            EN | The museum opened in 1909, if the records are right. | - | -
            """)
    void findsTheMainClause(String language, String sentence, String clause, String tail) {
        Language lang = Language.valueOf(language);
        Sentence s = TestPipeline.ANALYZER.analyze(TestPipeline.text(sentence, lang)).sentences().get(0);
        MainClause c = MainClause.withOpening(s, lang, TestPipeline.GERMAN);
        if (clause.equals("-")) {
            assertNull(c, () -> "a main clause in: " + sentence);
            return;
        }
        assertEquals(clause + " | " + tail, s.textOf(c.start(), c.finite()) + " [" + c.finiteVerb().text() + "] "
                + s.textOf(c.finite() + 1, c.end()) + " | " + c.tail());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            In 1884, Tesla moved to New York.
            After the war, the company was founded in Berlin.
            """)
    void anOpeningAdverbialIsOnlyFoundOnRequest(String sentence) {
        // callers of of() read the prefield as the sentence's first words ("In 1884, Tesla" is no speaker)
        Sentence s = TestPipeline.ANALYZER.analyze(TestPipeline.text(sentence, Language.EN)).sentences().get(0);
        assertNull(MainClause.of(s, Language.EN, TestPipeline.GERMAN));
    }
}
