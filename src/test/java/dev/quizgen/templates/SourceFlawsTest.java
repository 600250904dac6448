package dev.quizgen.templates;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import dev.quizgen.nlp.Sentence;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slips in the article's sentence that a question would copy; and sound sentences that look like one. */
class SourceFlawsTest {
    private static String flaw(String text, String lang) {
        Language language = Language.valueOf(lang);
        Sentence s = TestPipeline.ANALYZER.analyze(TestPipeline.text(text, language)).sentences().get(0);
        return SourceFlaws.of(s, language, TestPipeline.GERMAN, Set.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | Im Sommer 1521 weitete Luther sein Angriffe auf die Lehre der Kirche aus.",
            "DE | In den Jahren 1563, 1593, 1603, 1603 und 1665 verwüsteten Seuchen die Stadt.",
            "EN | Plague epidemics ravaged London in 1563, 1603, 1603 and 1665.",
            "EN | Plague was present somewhere in Europe in every year between 1346 to 1671.",
            "DE | Davis hatte zwölf Pro Bowl-Selektionen in seiner Laufbahn.",
            "DE | Der Pro Bowl-Safety spielte in Denver.",
            "DE | Der sechs-malige Sieger trat ab.",
            "DE | Das Wojciech Bogusławski Theater war das beste Beispiel seiner Art.",
            "DE | Das Gebäude beherbergte das Upati Institut für Schauspielkunst.",
            "DE | Nach der 24-10 Führung der Broncos blieben noch drei Minuten.",
            "EN | The Wojciech Bogusławski Theatre (1922–26), was the best example of Polish monumental theatre.",
            "EN | The exchange has 374 listed companies and a total capitalization of 162 584 mln EUR.",
            "EN | Roughly 500,000 Huguenots had fled France by the early 18th century[citation needed].",
            "EN | Kuechly led the team in tackles (118) forced two fumbles, and intercepted four passes.",
            "DE | Bis zum frühen 18. Jahrhundert waren ungefähr 500.000 Hugenotten geflohen[Literaturangabe benötigt].",
            "DE | Er wollte sein Bodhisattva-Gelübte fortsetzen und wurde wiedergeboren.",
    })
    void flawed(String lang, String sentence) {
        assertNotNull(flaw(sentence, lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | Im Sommer 1521 weitete Luther seine Angriffe auf die Lehre der Kirche aus.",
            "DE | Die Verteidigung der Panthers gab nur 308 Punkte ab.",
            "EN | Plague was present somewhere in Europe in every year between 1346 and 1671.",
            "DE | Davis hatte zwölf Pro-Bowl-Selektionen in seiner Laufbahn.",
            "DE | Nach der 24:10-Führung der Broncos blieben noch drei Minuten.",
            "DE | Der Korea-Krieg endete 1953 mit einem Waffenstillstand.",
            "DE | Der sechsmalige Sieger trat in Baden-Württemberg ab.",
            "DE | Das Wojciech-Bogusławski-Theater war das beste Beispiel seiner Art, anders als das Warschauer Theater.",
            "EN | The theatre (built 1922–26) was, many say, the best example of its kind.",
            "EN | The exchange has 374 listed companies and a total capitalization of EUR 162,584 million.",
            "DE | Er sah Muscheln in einem Berg, der Hunderte von Meilen vom Meer entfernt lag.",
            "DE | Obwohl die Rodung zurückgegangen ist, ist sie hoch.",
            "EN | After several players dove for it, it took a long bounce backwards.",
            "EN | Twigg suggested anthrax, and Norman Cantor (2001) thought it may have been a combination.",
            "EN | Kuechly led the team in tackles (118), forced two fumbles, and intercepted four passes.",
            // a capitalised adjective of a name; an English name kept in English
            "DE | Der Internationale Flughafen von San Diego ist der verkehrsreichste Flughafen.",
            "DE | Er wollte sein Bodhisattva-Gelübde fortsetzen und sprach über die Korea-Krise.",
            "DE | Das Victoria and Albert Museum hat seinen Ursprung in der Great Exhibition.",
    })
    void sound(String lang, String sentence) {
        assertNull(flaw(sentence, lang));
    }
}
