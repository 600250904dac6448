package dev.quizgen.distractors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import org.junit.jupiter.api.Test;

/** An age gets no made-up options: "the oldest quarterback ever, at age 39" rules out an older one. */
class AgeOptionsTest {
    @Test
    void aBareAgeIsAskedWithoutMadeUpOptions() {
        QuestionBank bank = TestPipeline.bank(TestPipeline.text(
                "Peyton Manning won the game in 2016. He is also the oldest quarterback ever to play in a Super Bowl at age 39.",
                Language.EN), 10, 1);
        assertTrue(bank.questions().stream().noneMatch(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().equals("39")),
                bank.questions().toString());
        assertTrue(bank.questions().stream().anyMatch(q -> q.type() == QuestionType.FILL_IN && q.answer().equals("39")),
                bank.questions().toString());
    }
}
