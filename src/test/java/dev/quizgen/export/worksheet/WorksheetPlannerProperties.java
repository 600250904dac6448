package dev.quizgen.export.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.worksheet.Worksheet.Choices;
import dev.quizgen.export.worksheet.Worksheet.Item;
import dev.quizgen.export.worksheet.Worksheet.Version;
import dev.quizgen.export.worksheet.Worksheet.WordBank;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of every planned worksheet, for any subset of the fixture questions, seed and version count. */
class WorksheetPlannerProperties {
    @Property(tries = 200)
    void everyVersionHoldsEveryQuestionOnceWithAKeyThatMatchesIt(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5) int versions, @ForAll @IntRange(min = 0, max = 1023) int subset) {
        List<Question> all = new ArrayList<>(WorksheetFixtures.german().questions());
        all.addAll(WorksheetFixtures.forty().questions().subList(0, 5).stream().map(q -> q.withId("f" + q.id())).toList());
        List<Question> chosen = IntStream.range(0, all.size()).filter(i -> i >= 10 || (subset & (1 << i)) != 0)
                .mapToObj(all::get).toList();
        QuestionBank bank = WorksheetFixtures.german().withQuestions(chosen);
        Worksheet sheet = WorksheetPlanner.plan(bank, new ExportOptions(null, versions, seed, null));
        assertEquals(versions, sheet.versions().size());
        for (Version v : sheet.versions()) {
            List<Item> items = v.items();
            assertEquals(chosen.stream().map(Question::id).sorted().toList(),
                    items.stream().map(Item::id).sorted().toList(), "version " + v.letter());
            assertEquals(IntStream.rangeClosed(1, items.size()).boxed().toList(),
                    items.stream().map(Item::number).toList(), "numbered 1..n in print order");
            for (Item item : items) {
                Question q = chosen.stream().filter(x -> x.id().equals(item.id())).findFirst().orElseThrow();
                assertEquals(item.number(), item.key().number());
                assertTrue(item.points() > 0);
                if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                    Choices c = (Choices) item.blocks().get(0);
                    assertEquals(q.options().size(), c.texts().size());
                    int right = c.texts().indexOf(q.answer());
                    assertEquals(c.labels().get(right) + " " + q.answer(), item.key().answer());
                }
                if (q.type() == QuestionType.CLOZE_PASSAGE) {
                    List<String> words = ((WordBank) item.blocks().get(0)).words();
                    for (Blank b : q.blanks()) {
                        assertTrue(words.contains(b.answer()), "word bank holds " + b.answer());
                    }
                }
            }
            assertEquals(items.stream().mapToInt(Item::points).sum(), v.totalPoints());
        }
    }
}
