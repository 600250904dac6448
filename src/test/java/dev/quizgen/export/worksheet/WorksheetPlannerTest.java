package dev.quizgen.export.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.worksheet.Worksheet.Choices;
import dev.quizgen.export.worksheet.Worksheet.Item;
import dev.quizgen.export.worksheet.Worksheet.MatchTable;
import dev.quizgen.export.worksheet.Worksheet.OrderList;
import dev.quizgen.export.worksheet.Worksheet.Section;
import dev.quizgen.export.worksheet.Worksheet.Version;
import dev.quizgen.export.worksheet.Worksheet.WordBank;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorksheetPlannerTest {
    private static Worksheet plan(QuestionBank bank, int versions, long seed) {
        return WorksheetPlanner.plan(bank, new ExportOptions(null, versions, seed, null));
    }

    @Test
    void sectionsFollowTheTypesAndNumberingRunsThrough() {
        Version a = plan(WorksheetFixtures.german(), 1, 7).versions().get(0);
        assertEquals(List.of(QuestionType.MULTIPLE_CHOICE, QuestionType.FILL_IN, QuestionType.TRUE_FALSE,
                QuestionType.SHORT_ANSWER, QuestionType.MATCHING, QuestionType.ORDERING, QuestionType.CLOZE_PASSAGE),
                a.sections().stream().map(Section::type).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), a.items().stream().map(Item::number).toList());
        assertEquals(List.of("q1", "q5"), a.sections().get(0).items().stream().map(Item::id).toList(),
                "version A keeps the bank's order inside a section");
        assertEquals("Kreuze die richtige Antwort an.", a.sections().get(0).instruction());
        // 2 MC + 2 fill-in + 2 true/false + short answer 2 + matching 3 + ordering 3 + cloze 2
        assertEquals(16, a.totalPoints());
    }

    @Test
    void versionAKeepsOptionOrderAndKeyNamesTheRightLetter() {
        Item first = plan(WorksheetFixtures.german(), 1, 7).versions().get(0).items().get(0);
        Choices c = (Choices) first.blocks().get(0);
        assertEquals(List.of("Kim Jong-un", "Donald Trump", "Moon Jae-in", "Xi Jinping"), c.texts());
        assertEquals("a) Kim Jong-un", first.key().answer());
        assertTrue(first.key().source().startsWith("Der nordkoreanische Machthaber"));
    }

    @Test
    void laterVersionsShuffleDeterministicallyAndKeysFollow() {
        Worksheet one = plan(WorksheetFixtures.forty(), 3, 7);
        Worksheet again = plan(WorksheetFixtures.forty(), 3, 7);
        Worksheet otherSeed = plan(WorksheetFixtures.forty(), 3, 8);
        assertEquals(one, again, "same bank and seed, same worksheet");
        List<String> a = ids(one.versions().get(0));
        List<String> b = ids(one.versions().get(1));
        List<String> c = ids(one.versions().get(2));
        assertNotEquals(a, b);
        assertNotEquals(b, c);
        assertEquals(new HashSet<>(a), new HashSet<>(b), "every version has every question");
        assertNotEquals(b, ids(otherSeed.versions().get(1)), "the seed changes the shuffle");
        assertEquals(List.of("A", "B", "C"), one.versions().stream().map(Version::letter).toList());
        for (Version v : one.versions()) {
            for (Item item : v.items()) {
                Question q = WorksheetFixtures.forty().questions().stream()
                        .filter(x -> x.id().equals(item.id())).findFirst().orElseThrow();
                if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                    Choices ch = (Choices) item.blocks().get(0);
                    int right = ch.texts().indexOf(q.answer());
                    assertEquals(ch.labels().get(right) + " " + q.answer(), item.key().answer(),
                            "version " + v.letter() + " item " + item.number());
                }
            }
        }
        boolean optionsMoved = one.versions().get(1).items().stream()
                .filter(i -> i.blocks().get(0) instanceof Choices ch && ch.labels().size() == 4)
                .anyMatch(i -> !i.key().answer().startsWith("a)"));
        assertTrue(optionsMoved, "version B shuffles options too");
    }

    private static List<String> ids(Version v) {
        return v.items().stream().map(Item::id).toList();
    }

    @Test
    void wordBanksHoldTheAnswersShuffledAndGapsAreNumbered() {
        Version a = plan(WorksheetFixtures.german(), 1, 7).versions().get(0);
        Section fill = a.sections().get(1);
        assertEquals(new HashSet<>(List.of("Panmunjom", "Straße")), new HashSet<>(fill.wordBank()));
        Item cloze = a.sections().get(6).items().get(0);
        assertTrue(cloze.stem().contains("(1)\u00A0____") && cloze.stem().contains("(2)\u00A0____"), cloze.stem());
        WordBank words = (WordBank) cloze.blocks().get(0);
        assertEquals(List.of("Waffenstillstandsabkommens", "Grenzübergang", "Staatsagentur", "Größe"), words.words(),
                "the bank's own word bank, as given, in version A");
        assertEquals("(1) Staatsagentur   (2) Waffenstillstandsabkommens", cloze.key().answer());
        Item englishCloze = plan(WorksheetFixtures.english(), 1, 7).versions().get(0).items().get(4);
        assertEquals(new HashSet<>(List.of("three", "four", "turning")),
                new HashSet<>(((WordBank) englishCloze.blocks().get(0)).words()),
                "without a word bank: the answers and the blanks' options");
    }

    @Test
    void matchingAndOrderingAreNeverPrintedInAnswerOrder() {
        Version a = plan(WorksheetFixtures.german(), 1, 7).versions().get(0);
        Item match = a.sections().get(4).items().get(0);
        MatchTable m = (MatchTable) match.blocks().get(0);
        assertEquals(List.of("Kim Jong-un", "Donald Trump", "KCNA"), m.left());
        assertNotEquals(List.of("Machthaber Nordkoreas", "US-Präsident", "Staatsagentur"), m.right());
        for (String part : match.key().answer().split("; ")) {
            int left = Integer.parseInt(part.substring(0, part.indexOf(' '))) - 1;
            char letter = part.charAt(part.indexOf('→') + 2);
            String right = m.right().get(letter - 'A');
            assertTrue(part.endsWith("(" + right + ")"), part);
            assertEquals(WorksheetFixtures.german().questions().get(5).pairs().get(left).right(), right);
        }
        OrderList o = (OrderList) a.sections().get(5).items().get(0).blocks().get(0);
        assertNotEquals(WorksheetFixtures.german().questions().get(6).items(), o.items());
        assertEquals(new HashSet<>(WorksheetFixtures.german().questions().get(6).items()), new HashSet<>(o.items()));
    }

    @Test
    void titleLanguageDateAndArticle() {
        Worksheet de = WorksheetPlanner.plan(WorksheetFixtures.german(),
                new ExportOptions("  Eigener Titel ", 1, 1, WorksheetFixtures.GERMAN_ARTICLE));
        assertEquals("Eigener Titel", de.title());
        assertTrue(de.article().isEmpty(), "the article only with includeArticle");
        assertEquals(Instant.parse("2019-07-01T00:00:00Z"), de.date());
        Worksheet withArticle = WorksheetPlanner.plan(WorksheetFixtures.german(), WorksheetFiles.germanOptions());
        assertEquals(4, withArticle.article().size(), "four paragraphs, split at blank lines");
        Worksheet en = plan(WorksheetFixtures.english(), 1, 1);
        assertEquals("Tick the correct answer.", en.versions().get(0).sections().get(0).instruction());
        assertEquals("Answer the question.", en.versions().get(0).sections().get(3).instruction());
        Section shortAnswers = plan(WorksheetFixtures.forty(), 1, 1).versions().get(0).sections().stream()
                .filter(s -> s.type() == QuestionType.SHORT_ANSWER).findFirst().orElseThrow();
        assertEquals("Beantworte die Fragen.", shortAnswers.instruction(), "plural for several questions");
        assertNull(en.date(), "no date in the bank, no date in the files");
        QuestionBank untitled = new QuestionBank("quizgen", "", "de", WorksheetFixtures.german().source(), List.of());
        Worksheet empty = plan(untitled, 2, 1);
        assertEquals("Arbeitsblatt", empty.title());
        assertEquals(2, empty.versions().size());
        assertTrue(empty.versions().stream().allMatch(v -> v.sections().isEmpty()));
    }
}
