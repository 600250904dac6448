package dev.quizgen.distractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import dev.quizgen.facts.Lexicon;
import dev.quizgen.nlp.GermanLexicon.Reading;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lists distractors come from say what their headers promise. */
class ShippedListsTest {
    private final PersonList lists = TestPipeline.PEOPLE;

    private static boolean tagged(String word, String tag) {
        for (Reading r : TestPipeline.GERMAN.readings(word)) {
            if (r.tagStarts("EIG") && r.has(tag)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void firstNamesAndSurnamesCarryTheDictionarysNameTags() {
        for (String style : List.of("en", "de")) {
            for (String kind : List.of("male", "female")) {
                List<String> names = lists.names(style, kind);
                assertFalse(names.isEmpty(), style + "." + kind);
                for (String n : names) {
                    assertTrue(tagged(n, "VOR"), n + " is not tagged as a first name");
                    assertTrue(TestPipeline.GERMAN.readings(n).stream().anyMatch(r -> r.has("VOR") && r.has(kind.equals("male") ? "MAS" : "FEM")),
                            n + " is not a " + kind + " first name");
                }
            }
            for (String n : lists.names(style, "surname")) {
                assertTrue(tagged(n, "NAC"), n + " is not tagged as a surname");
            }
        }
    }

    @Test
    void everyListedCountryIsAJdkCountryAndHasACapital() {
        for (PlaceList.Place c : lists.places().countries()) {
            assertTrue(List.of(Locale.getISOCountries()).contains(c.country()), c.country());
            assertNotNull(lists.places().capitalOf(c.country()), "no capital for " + c.country());
            assertEquals(c, lists.places().lookup(c.de()));
            assertEquals(c, lists.places().lookup(c.en()));
        }
        assertEquals("US", lists.places().lookup("Vereinigte Staaten").country());   // the JDK's name is an alias of the news name
    }

    /** A role offered as a wrong option is one the fact extractor knows as a role: the options' type is checked against it. */
    @Test
    void everyOfferedRoleIsARoleTheFactsKnow() {
        for (Language language : Language.values()) {
            Lexicon lexicon = TestPipeline.FACTS.lexicon(language);
            for (String cls : List.of("heads", "nobility", "office", "military", "science", "letters", "music", "art", "stage",
                    "religion", "sports", "business")) {
                List<String> roles = lists.roles(cls, language);
                assertFalse(roles.isEmpty(), cls + "." + language.code());
                for (String r : roles) {
                    String word = language == Language.DE ? r.substring(0, 1).toUpperCase(Locale.GERMAN) + r.substring(1) : r;
                    assertTrue(lexicon.isRole(word) || lexicon.isListedRole(word), word + " (" + cls + ") is not in the role lexicon");
                    assertEquals(cls, lists.classOf(word, language), word);
                }
            }
        }
    }

    @Test
    void everyListedPersonHasARoleOfTheirClass() {
        for (String cls : List.of("heads", "nobility", "science", "letters", "music", "art", "religion", "sports")) {
            List<PersonList.Person> people = lists.people(cls);
            assertFalse(people.isEmpty(), cls);
            for (PersonList.Person p : people) {
                for (Language language : Language.values()) {
                    // at least one role names a listed role noun, or the person could never be compared with the question's role
                    boolean any = java.util.Arrays.stream(p.role(language).split(";")).anyMatch(r -> lists.roleHead(r.strip(), language) != null);
                    assertTrue(any, p.name(language) + ": no role noun in '" + p.role(language) + "'");
                }
            }
        }
    }
}
