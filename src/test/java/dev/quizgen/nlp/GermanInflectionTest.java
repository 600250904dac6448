package dev.quizgen.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizgen.TestPipeline;
import dev.quizgen.nlp.GermanInflection.Article;
import dev.quizgen.nlp.GermanInflection.Case;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case × gender × article type: article, adjective ending and noun form agree. */
class GermanInflectionTest {
    private final GermanInflection inflection = new GermanInflection(TestPipeline.GERMAN);

    @ParameterizedTest
    @CsvSource({
            "DEF, nordkoreanisch, Machthaber, NOM, der nordkoreanische Machthaber",
            "DEF, nordkoreanisch, Machthaber, AKK, den nordkoreanischen Machthaber",
            "DEF, nordkoreanisch, Machthaber, DAT, dem nordkoreanischen Machthaber",
            "DEF, nordkoreanisch, Machthaber, GEN, des nordkoreanischen Machthabers",
            "INDEF, nordkoreanisch, Machthaber, NOM, ein nordkoreanischer Machthaber",
            "INDEF, nordkoreanisch, Machthaber, DAT, einem nordkoreanischen Machthaber",
            "NONE, nordkoreanisch, Machthaber, NOM, nordkoreanischer Machthaber",
            "NONE, nordkoreanisch, Machthaber, DAT, nordkoreanischem Machthaber",
            "DEF, '', US-Präsident, NOM, der US-Präsident",
            "DEF, '', US-Präsident, DAT, dem US-Präsidenten",
            "DEF, '', US-Präsident, AKK, den US-Präsidenten",
            "INDEF, '', Präsident, GEN, eines Präsidenten",
            "DEF, amerikanisch, Präsident, DAT, dem amerikanischen Präsidenten",
            "DEF, staatlich, Agentur, NOM, die staatliche Agentur",
            "DEF, staatlich, Agentur, AKK, die staatliche Agentur",
            "DEF, staatlich, Agentur, DAT, der staatlichen Agentur",
            "DEF, staatlich, Agentur, GEN, der staatlichen Agentur",
            "INDEF, staatlich, Agentur, NOM, eine staatliche Agentur",
            "INDEF, staatlich, Agentur, DAT, einer staatlichen Agentur",
            "NONE, staatlich, Agentur, NOM, staatliche Agentur",
            "NONE, staatlich, Agentur, DAT, staatlicher Agentur",
            "DEF, '', Staatsagentur, DAT, der Staatsagentur",
            "DEF, historisch, Treffen, NOM, das historische Treffen",
            "DEF, historisch, Treffen, AKK, das historische Treffen",
            "DEF, historisch, Treffen, DAT, dem historischen Treffen",
            "DEF, historisch, Treffen, GEN, des historischen Treffens",
            "INDEF, historisch, Treffen, NOM, ein historisches Treffen",
            "INDEF, historisch, Treffen, AKK, ein historisches Treffen",
            "INDEF, historisch, Treffen, DAT, einem historischen Treffen",
            "NONE, historisch, Treffen, NOM, historisches Treffen",
            "NONE, historisch, Treffen, DAT, historischem Treffen",
            "DEF, hoch, Amt, NOM, das hohe Amt",
            "INDEF, hoch, Amt, NOM, ein hohes Amt",
            "DEF, neu, Ministerin, NOM, die neue Ministerin",
            "DEF, neu, Ministerin, DAT, der neuen Ministerin",
            "INDEF, neu, Sprecher, AKK, einen neuen Sprecher",
            "DEF, neu, Sprecher, GEN, des neuen Sprechers",
            "DEF, '', Staatspräsident, DAT, dem Staatspräsidenten",
            "NONE, '', Kanzlerin, NOM, Kanzlerin",
            "DEF, deutsch, Kanzlerin, GEN, der deutschen Kanzlerin",
    })
    void agrees(String article, String adjective, String noun, String kase, String expected) {
        GermanInflection.NounInfo info = inflection.noun(noun);
        List<String> adjectives = adjective == null || adjective.isEmpty() ? List.of() : List.of(adjective);
        assertEquals(expected, inflection.phrase(Article.valueOf(article), adjectives, info, Case.valueOf(kase)));
    }
}
