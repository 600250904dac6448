package dev.quizgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extraction rules on made-up sentences: one behaviour each, in both languages where it applies. */
class FactRulesTest {
    private static Facts de(String text) {
        return TestPipeline.facts(TestPipeline.text(text, Language.DE));
    }

    private static Facts en(String text) {
        return TestPipeline.facts(TestPipeline.text(text, Language.EN));
    }

    /** The fact of this type and text that questions may use (confidence ≥ 0.6). */
    private static Optional<Fact> sure(Facts facts, FactType type, String text) {
        return facts.ofType(type).stream().filter(f -> f.text().equals(text) && f.confidence() >= 0.6).findFirst();
    }

    private static Fact must(Facts facts, FactType type, String text) {
        return sure(facts, type, text).orElseThrow(() -> new AssertionError("no " + type + " '" + text + "' in "
                + facts.facts().stream().map(f -> f.type() + ":" + f.text() + "@" + f.confidence()).toList()));
    }

    @Test
    void germanAppositionGivesTheRoleInTheNominativeWithItsGenitive() {
        Fact f = must(de("Trump, der Präsident der USA, traf am Montag Vertreter der Regierung."), FactType.PERSON_ROLE, "Trump");
        assertEquals("Präsident der USA", f.slot("role"));
        assertEquals("der Präsident der USA", f.slot("roleNom"));
        assertEquals("NOM", f.slot("case"));
        assertEquals("MAS", f.slot("gender"));
    }

    @Test
    void aRoleInASentenceDatedLongAgoIsHistoryNotToday() {
        assertEquals("past", must(de("1891 gelang es dem schottischen Chemiker James Dewar, flüssigen Sauerstoff herzustellen."),
                FactType.PERSON_ROLE, "James Dewar").slot("era"));
        assertEquals("past", must(en("In 1803 the Lieutenant-Governor David Collins founded a settlement."),
                FactType.PERSON_ROLE, "David Collins").slot("era"));
        assertEquals("now", must(de("Der nordkoreanische Machthaber Kim Jong-un traf US-Präsident Donald Trump."),
                FactType.PERSON_ROLE, "Kim Jong-un").slot("era"));
    }

    @Test
    void roleBeforeTheNameKeepsItsCaseInTheSentence() {
        Fact f = must(de("Er sprach mit dem nordkoreanischen Machthaber Kim Jong-un."), FactType.PERSON_ROLE, "Kim Jong-un");
        assertEquals("der nordkoreanische Machthaber", f.slot("roleNom"));
        assertEquals("DAT", f.slot("case"));
        assertEquals("SIN", f.slot("number"));
    }

    @Test
    void appositionBeforeTheNameCountsForBothNamesOfAPair() {
        Facts facts = en("In 1886 he partnered with two businessmen, Robert Lane and Benjamin Vail, who financed the company.");
        assertEquals("businessmen", must(facts, FactType.PERSON_ROLE, "Robert Lane").slot("role"));
        assertEquals("businessmen", must(facts, FactType.PERSON_ROLE, "Benjamin Vail").slot("role"));
        assertEquals(null, must(facts, FactType.PERSON_ROLE, "Robert Lane").slot("roleNom"), "no 'Who is the businessmen?'");
    }

    @Test
    void germanGenitiveNamesGiveTheirBaseForm() {
        Fact f = must(de("Das Atomprogramm Nordkoreas beschäftigt die Welt."), FactType.PLACE, "Nordkoreas");
        assertEquals("Nordkorea", f.slot("name"));
        assertEquals("GEN", f.slot("case"));
        Facts persons = de("Tesla starb 1943 in New York. Teslas Patente wurden später anerkannt.");
        assertEquals("Tesla", must(persons, FactType.PERSON, "Teslas").slot("name"));
    }

    @Test
    void englishPossessiveIsNotPartOfTheName() {
        Facts facts = en("Tom Brady threw the ball. Brady's team won the game.");
        must(facts, FactType.PERSON, "Brady");
        assertTrue(facts.mentions().stream().noneMatch(m -> m.text().contains("'s")));
    }

    @Test
    void eventsAwardsAndTitlesAreNotPersonsOrPlaces() {
        Facts facts = en("They beat the champion in Super Bowl XLIX and won the Academy Award.");
        for (Fact f : facts.facts()) {
            if (f.type() == FactType.PERSON || f.type() == FactType.PLACE || f.type() == FactType.ORGANIZATION) {
                assertFalse(f.confidence() >= 0.6 && (f.text().contains("Bowl") || f.text().contains("Award")), f.toString());
            }
        }
    }

    @Test
    void teamsWithAPlaceAreOrganisations() {
        Facts facts = en("The Broncos defeated the Pittsburgh Steelers and then beat the New England Patriots.");
        must(facts, FactType.ORGANIZATION, "Pittsburgh Steelers");
        must(facts, FactType.ORGANIZATION, "New England Patriots");
    }

    @Test
    void namesInAListShareTheSurestType() {
        Facts facts = de("Solche Städte sind zum Beispiel Lublin, Krakau, Danzig oder Posen.");
        for (String city : List.of("Lublin", "Krakau", "Danzig", "Posen")) {
            must(facts, FactType.PLACE, city);
        }
    }

    @Test
    void capitalisedGermanNounsAndAdjectivesAreNoNames() {
        Facts facts = de("Das Sommertheater war in Betrieb. Der Text war in Lateinisch geschrieben.");
        assertTrue(facts.facts().stream().noneMatch(f -> f.type() == FactType.PLACE && f.confidence() >= 0.6), facts.facts().toString());
    }

    @Test
    void aScoreCountsNothingButARangeCountsItsNoun() {
        must(en("Manning completed a pass, giving Denver a 24–10 lead with 3:08 left."), FactType.NUMBER, "24–10");
        must(de("Nur 100-150 Arten wurden bisher bestätigt."), FactType.QUANTITY, "100-150 Arten");
    }

    @Test
    void aYearLikeNumberBeforeAPluralNounCountsIt() {
        assertTrue(sure(en("The opening was celebrated with a dinner attended by 2000 guests."), FactType.DATE, "2000").isEmpty());
        must(en("In 1990 elections were held in the country."), FactType.DATE, "1990");
        must(en("The 2012 Olympics were held in London."), FactType.DATE, "2012");
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertEquals(1, de("Er kam z. B. mit Dr. Müller nach Berlin.").text().sentences().size());
        assertEquals(1, en("The U.S. Army sent Dr. Smith to Boston.").text().sentences().size());
        assertEquals(1, de("Am 27. Juni kam er.").text().sentences().size());
        assertEquals(2, en("He played at age 39. Davis compiled five sacks.").text().sentences().size(),
                "English writes no ordinals with a full stop");
        assertEquals(1, de("Acht Jahre später gab es 281.754 Juden (36,9%) und 18.189 Protestanten (2,4%).").text().sentences().size(),
                "a full stop between digits groups thousands");
        var split = en("Each craft was launched on a separate Saturn IB.) The crew positions were titled Commander.").text().sentences();
        assertEquals(2, split.size(), "a full stop and a closing bracket end a sentence: " + split);
        assertTrue(split.get(0).text().endsWith("Saturn IB.)"), split.get(0).text());
        assertEquals(1, en("He met Mr. (Dr.) Smith in Boston.").text().sentences().size());
    }

    private static List<String> objects(Facts facts) {
        return facts.ofType(FactType.EVENT).stream().filter(f -> "object".equals(f.slot("asked"))).map(Fact::text).toList();
    }

    @Test
    void anEventHasItsDirectObject() {
        assertEquals(List.of("das Neue Testament"), objects(de("Martin Luther übersetzte 1522 das Neue Testament ins Deutsche.")));
        assertEquals(List.of("the alternating current system"), objects(en("Nikola Tesla developed the alternating current system in New York.")));
        assertEquals(List.of(), objects(de("William Simon teilte den Staaten die gleiche Menge Öl zu.")), "'den Staaten' is a dative");
        assertEquals(List.of(), objects(de("Nikola Tesla war ein berühmter Erfinder.")), "no object after a copula");
        assertEquals(List.of(), objects(en("Nikola Tesla met the president in New York.")), "a person is asked with whom");
    }

    @Test
    void aFormulasSubscriptIsNoAmount() {
        Facts facts = en("Increased O\n2 concentration in the lungs helps to displace carbon monoxide.");
        assertTrue(facts.ofType(FactType.QUANTITY).isEmpty() && facts.ofType(FactType.NUMBER).isEmpty(), facts.facts().toString());
    }

    @Test
    void numbersInDigitsAndWords() {
        Facts facts = de("Es kamen 1.500 Soldaten, drei Tage später 20 Panzer und 3,5 Millionen Euro. Davon waren 56,2% Katholiken und 35,7% Juden.");
        assertEquals("1.500", must(facts, FactType.QUANTITY, "1.500 Soldaten").slot("number"));
        assertEquals("drei", must(facts, FactType.QUANTITY, "drei Tage").slot("number"));
        assertTrue(facts.facts().stream().anyMatch(f -> "3,5 Millionen".equals(f.slot("number"))));
        assertTrue(facts.facts().stream().anyMatch(f -> "56,2".equals(f.slot("number"))));
        assertTrue(facts.facts().stream().anyMatch(f -> "35,7".equals(f.slot("number"))));
        Facts english = en("He added 6½ sacks and the Broncos won 24–10 with two touchdowns.");
        assertTrue(english.facts().stream().anyMatch(f -> "6½".equals(f.slot("number"))));
        assertTrue(english.facts().stream().anyMatch(f -> "24–10".equals(f.slot("number"))));
        assertTrue(english.facts().stream().anyMatch(f -> "two".equals(f.slot("number"))));
    }

    @Test
    void ordinalsModelNumbersAndYearsAreNotCounts() {
        Facts facts = de("Im 21. Jahrhundert fuhr er einen Datsun 810 und belegte den 5. Rang im Korea-Krieg (1950-53).");
        assertTrue(facts.facts().stream().noneMatch(f -> f.type() == FactType.NUMBER || f.type() == FactType.QUANTITY),
                facts.facts().toString());
        must(facts, FactType.DATE, "1950-53");
        must(facts, FactType.DATE, "21. Jahrhundert");
        must(en("Interest has grown since the 1990s."), FactType.DATE, "1990s");
    }

    @Test
    void quotesNameTheirSpeaker() {
        assertEquals("Merkel", must(de("„Das ist gut“, sagte Merkel."), FactType.QUOTE, "Das ist gut").slot("speaker"));
        assertEquals("Die Ministerin", must(de("„Das ist schlecht“, so die Ministerin."), FactType.QUOTE, "Das ist schlecht")
                .slot("speaker"));
        Fact english = must(en("\"It is bad,\" according to the minister."), FactType.QUOTE, "It is bad");
        assertEquals("The minister", english.slot("speaker"));
        assertEquals("\"It is bad,\"", english.slot("quoted"));
    }

    @Test
    void aQuoteOverSeveralSentencesKeepsItsSpeaker() {
        Facts facts = de("Wochen später erklärte der Schah von Iran in einem Interview: „Die Preise werden steigen. "
                + "Sie steigen um 300 Prozent.“ Danach stiegen sie.");
        Fact f = must(facts, FactType.QUOTE, "Die Preise werden steigen. Sie steigen um 300 Prozent.");
        assertEquals("Der Schah von Iran", f.slot("speaker"));
        assertEquals("2", f.slot("sentences"));
        assertEquals(f.text(), f.span().of(facts.text().article().text()));
    }

    @Test
    void titlesAndTermsInQuotationMarksAreNoQuotes() {
        Facts facts = de("Luther schrieb die Hymne „Ein feste Burg ist unser Gott“. Er galt als „Reformator“.");
        assertTrue(sure(facts, FactType.QUOTE, "Ein feste Burg ist unser Gott").isEmpty());
        assertTrue(sure(facts, FactType.QUOTE, "Reformator").isEmpty());
        assertEquals("title", facts.ofType(FactType.QUOTE).get(0).slot("kind"));
    }

    @Test
    void unknownCapitalisedNamesKeepALowConfidenceGuess() {
        Facts facts = en("Yesterday Zorblat Quintash visited the factory.");
        Mention m = facts.mentions().stream().filter(x -> x.text().equals("Zorblat Quintash")).findFirst().orElseThrow();
        assertTrue(m.confidence() < 0.6, m.toString());
    }

    @Test
    void personNounsThatAreNoRolesStillMakePersons() {
        must(de("Die Preisträgerin Ilka Zembrowski dankte dem Publikum."), FactType.PERSON, "Ilka Zembrowski");
        must(en("Award winner Tovah Quellin thanked the audience."), FactType.PERSON, "Tovah Quellin");
        assertTrue(de("Die Preisträgerin Ilka Zembrowski dankte.").ofType(FactType.PERSON_ROLE).isEmpty(), "an award is no role");
    }

    @Test
    void aFamilyNameIsNoPersonButMakesASurname() {
        Facts facts = de("Die Familie Ardegast herrschte lange. Bertolf Ardegast erhielt 1030 die Grafschaft.");
        assertTrue(sure(facts, FactType.PERSON, "Ardegast").isEmpty());
        must(facts, FactType.PERSON, "Bertolf Ardegast");
    }

    @Test
    void peoplesThatShareACountrysNameAreNoPlaces() {
        Facts facts = de("Die Krieger waren Dänen, Norweger und Schweden. Viele der Franken blieben. Später zogen sie nach Schweden.");
        assertTrue(facts.ofType(FactType.PLACE).stream().noneMatch(f -> f.text().equals("Franken") && f.confidence() >= 0.6));
        assertEquals(1, facts.ofType(FactType.PLACE).stream().filter(f -> f.text().equals("Schweden") && f.confidence() >= 0.6).count(),
                "only 'nach Schweden' is the country");
    }

    @Test
    void germanPlaceWordsTheDictionaryLacks() {
        Facts facts = de("Die Händler zogen in das obere Marsantal und wohnten in der Wrolska-Straße. "
                + "Später kamen sie aus der Kaborie nach Ostvelarien.");
        must(facts, FactType.PLACE, "Marsantal");
        must(facts, FactType.PLACE, "Wrolska-Straße");
        must(facts, FactType.PLACE, "Kaborie");
        must(facts, FactType.PLACE, "Ostvelarien");
        assertTrue(sure(de("Sie handelten mit Chemikalien und Frömmeleien."), FactType.PLACE, "Frömmeleien").isEmpty(),
                "a plural in -ien is no region");
        // "in Originalgröße", "in Sedimentgesteinen": a compound of a common noun is no place
        assertTrue(sure(de("Die Skizze ist in Originalgröße erhalten, die Fossilien in Sedimentgesteinen."), FactType.PLACE, "Originalgröße").isEmpty());
        assertTrue(sure(de("Die Skizze ist in Originalgröße erhalten, die Fossilien in Sedimentgesteinen."), FactType.PLACE, "Sedimentgesteinen").isEmpty());
    }

    @Test
    void aCommonNounAfterAGenitiveEndsTheName() {
        Facts facts = de("Dort spielte auch Arno Wielands Musiktheater Zimbel.");
        must(facts, FactType.PERSON, "Arno Wielands");
        assertTrue(facts.mentions().stream().noneMatch(m -> m.text().contains("Musiktheater")));
    }

    @Test
    void aCityThatStandsForATeamIsAnOrganisation() {
        Facts facts = en("The Denver Broncos met the Pittsburgh Steelers. Denver got the ball and Denver's offense scored.");
        must(facts, FactType.ORGANIZATION, "Denver");
        Facts city = en("The Denver Broncos met the Pittsburgh Steelers. Many fans live in Denver, and Denver grew fast.");
        must(city, FactType.PLACE, "Denver");
    }

    @Test
    void quoteSpeakersFromPronounsWorksAndTheSentenceBefore() {
        Facts facts = de("Luther schrieb viel. Der Text war lateinisch, abgesehen von den Worten „Wir sind Bettler“, welche er deutsch schrieb.");
        assertEquals("Luther", must(facts, FactType.QUOTE, "Wir sind Bettler").slot("speaker"));
        Facts essay = en("Martin Luther wrote much. His essay rejected confession, since \"every Christian is a confessor.\"");
        assertEquals("Martin Luther", must(essay, FactType.QUOTE, "every Christian is a confessor.").slot("speaker"));
        Facts before = en("A paper was found on which Luther had written his last statement. The statement was in Latin, "
                + "apart from \"We are beggars,\" which was in German.");
        assertEquals("Luther", must(before, FactType.QUOTE, "We are beggars").slot("speaker"));
    }

    @Test
    void whatFollowsSaidIsNoSpeakerInEnglish() {
        Facts facts = en("The Court of Justice, repeating its view, said member states \"have restricted their rights\" for good.");
        assertEquals("The Court of Justice", must(facts, FactType.QUOTE, "have restricted their rights").slot("speaker"));
        Facts title = de("Der Kaiser erklärte ihn zum „Herzog von Apulien“.");
        assertTrue(sure(title, FactType.QUOTE, "Herzog von Apulien").isEmpty(), "a title after 'zum' is no quote");
    }
}
