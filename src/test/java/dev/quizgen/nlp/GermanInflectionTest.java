package dev.quizgen.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quizgen.TestPipeline;
import dev.quizgen.nlp.GermanInflection.Article;
import dev.quizgen.nlp.GermanInflection.Case;
import dev.quizgen.nlp.GermanInflection.Number;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case × gender × number × article type: article, adjective ending and noun form agree. */
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

    @ParameterizedTest
    @CsvSource({
            "DEF, neu, Minister, NOM, die neuen Minister",
            "DEF, neu, Minister, AKK, die neuen Minister",
            "DEF, neu, Minister, DAT, den neuen Ministern",
            "DEF, neu, Minister, GEN, der neuen Minister",
            "INDEF, neu, Minister, NOM, neue Minister",
            "INDEF, neu, Minister, DAT, neuen Ministern",
            "NONE, neu, Minister, AKK, neue Minister",
            "NONE, neu, Minister, GEN, neuer Minister",
            "DEF, deutsch, Kanzlerin, NOM, die deutschen Kanzlerinnen",
            "DEF, deutsch, Kanzlerin, DAT, den deutschen Kanzlerinnen",
            "NONE, deutsch, Kanzlerin, GEN, deutscher Kanzlerinnen",
            "DEF, neu, Ministerin, GEN, der neuen Ministerinnen",
            "INDEF, staatlich, Agentur, NOM, staatliche Agenturen",
            "DEF, staatlich, Agentur, GEN, der staatlichen Agenturen",
            "NONE, staatlich, Agentur, DAT, staatlichen Agenturen",
            "DEF, '', Staatsagentur, DAT, den Staatsagenturen",
            "DEF, historisch, Treffen, NOM, die historischen Treffen",
            "DEF, historisch, Treffen, DAT, den historischen Treffen",
            "NONE, historisch, Treffen, GEN, historischer Treffen",
            "DEF, klein, Land, DAT, den kleinen Ländern",
            "INDEF, klein, Land, NOM, kleine Länder",
            "DEF, '', Land, GEN, der Länder",
            "NONE, hoch, Amt, DAT, hohen Ämtern",
            "DEF, hoch, Amt, NOM, die hohen Ämter",
            "DEF, '', Kind, DAT, den Kindern",
            "NONE, klein, Kind, NOM, kleine Kinder",
            "DEF, amerikanisch, Präsident, DAT, den amerikanischen Präsidenten",
            "INDEF, '', Präsident, NOM, Präsidenten",
            "DEF, '', US-Präsident, GEN, der US-Präsidenten",
            "DEF, vereinigt, Staat, DAT, den vereinigten Staaten",
            "DEF, '', USA, DAT, den USA",
            "DEF, '', Niederlande, NOM, die Niederlande",
            "DEF, '', Niederlande, DAT, den Niederlanden",
            "DEF, '', Philippinen, AKK, die Philippinen",
    })
    void agreesInThePlural(String article, String adjective, String noun, String kase, String expected) {
        GermanInflection.NounInfo info = inflection.noun(noun);
        List<String> adjectives = adjective == null || adjective.isEmpty() ? List.of() : List.of(adjective);
        assertEquals(expected, inflection.phrase(Article.valueOf(article), adjectives, info, Case.valueOf(kase), Number.PLU));
    }

    /** A plural-only name stays plural when the singular is asked: "in den USA", never "in dem USA". */
    @ParameterizedTest
    @CsvSource({"USA, DAT, den USA", "Niederlande, AKK, die Niederlande"})
    void pluralOnlyNamesArePluralWhateverIsAsked(String noun, String kase, String expected) {
        assertEquals(expected, inflection.phrase(Article.DEF, List.of(), inflection.noun(noun), Case.valueOf(kase), Number.SIN));
    }

    @ParameterizedTest
    @CsvSource({"Präsident, Präsidentin", "Kanzlerin, Kanzler", "Minister, Ministerin", "US-Präsident, US-Präsidentin"})
    void givesTheOtherSexsFormOfAPersonNoun(String noun, String expected) {
        assertEquals(expected, inflection.otherSex(inflection.noun(noun)).fullLemma());
    }

    @org.junit.jupiter.api.Test
    void hasNoOtherSexForANounThatIsNoPerson() {
        assertNull(inflection.otherSex(inflection.noun("Treffen")));
    }

    /** A phrase as it stands, split and built again in another case: the words after the noun stay as they are. */
    @ParameterizedTest
    @CsvSource({
            "der nordkoreanische Machthaber, DEF, Machthaber, '', dem nordkoreanischen Machthaber",
            "US-Präsident, NONE, US-Präsident, '', US-Präsidenten",
            "der erste Direktor des Museums, DEF, Direktor, des Museums, dem ersten Direktor",
            "eine staatliche Agentur, INDEF, Agentur, '', einer staatlichen Agentur",
    })
    void splitsAPhraseIntoArticleAdjectivesNounAndTail(String phrase, String article, String noun, String tail, String dative) {
        GermanInflection.NounPhrase p = inflection.parse(phrase);
        assertEquals(Article.valueOf(article), p.article());
        assertEquals(noun, p.noun().fullLemma());
        assertEquals(tail, p.tail());
        assertEquals(dative, inflection.phrase(p.article(), p.adjectives(), p.noun(), Case.DAT));
    }

    @org.junit.jupiter.api.Test
    void cannotSplitAPhraseWithAWordItDoesNotKnow() {
        assertNull(inflection.parse("der xyzische Machthaber"));
    }
}
