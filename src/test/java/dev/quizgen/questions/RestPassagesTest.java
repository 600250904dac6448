package dev.quizgen.questions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.TestPipeline;
import dev.quizgen.article.Language;
import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.distractors.DistractorPicker;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A worksheet that asks for more questions than single sentences give gets gap texts over the
 * sentences left; they give back the context a single gap question lacks ("She married … in
 * _____"), and they never hand out another question's answer.
 */
class RestPassagesTest {
    private static final String CURIE = """
            Marie Curie was born in Warsaw in 1867. Her studies of physics at the University of Paris began in 1891.

            The couple worked together for years. She married him in 1895 in Sceaux. They discovered polonium in 1898 \
            together with the chemist Gustave Bémont. Later they found radium in a shed in Paris.
            """;

    @Test
    void aSentenceThatPointsBackIsAskedInAPassage() {
        QuestionBank bank = TestPipeline.bank(TestPipeline.text(CURIE, Language.EN), 30, 1);
        List<Question> passages = bank.questions().stream().filter(q -> q.type() == QuestionType.CLOZE_PASSAGE).toList();
        assertFalse(passages.isEmpty(), bank.questions().toString());
        // "She married him in 1895" makes no single question: without the sentence before, "She" is nobody
        assertTrue(passages.stream().anyMatch(p -> p.stem().contains("She married him in _____")
                || p.stem().contains("She married him in 1895 in _____")), passages.toString());
        assertTrue(bank.questions().stream().filter(q -> q.type() != QuestionType.CLOZE_PASSAGE)
                .noneMatch(q -> q.source().sentence().startsWith("She married")), bank.questions().toString());
    }

    @Test
    void passagesOnTheBenchStayInOneParagraphAndGiveNothingAway() {
        int passages = 0;
        for (Path f : TestPipeline.benchArticles()) {
            // a teacher who asks for gap texts and choice questions: with every type, single questions now fill the sheets
            // (a last pass takes those whose stem names another question's answer), and a passage no longer trades
            // single gap questions for its gaps, which six readings failed more often than the single ones
            QuestionBank bank = TestPipeline.bank(TestPipeline.read(f), 30, 1, Set.of(QuestionType.CLOZE_PASSAGE, QuestionType.MULTIPLE_CHOICE));
            for (Question p : bank.questions()) {
                if (p.type() != QuestionType.CLOZE_PASSAGE) {
                    continue;
                }
                passages++;
                assertFalse(p.source().sentence().contains("\n\n"), f + ": a passage over two paragraphs: " + p.stem());
                List<String> bankWords = p.wordBank().stream().map(DistractorPicker::norm).toList();
                for (int i = 0; i < bankWords.size(); i++) {
                    for (int j = 0; j < bankWords.size(); j++) {
                        String a = bankWords.get(i);
                        String b = bankWords.get(j);
                        assertTrue(i == j || !DistractorPicker.containsWords(a, b) && !a.equals(b + "s"),
                                f + ": word bank " + p.wordBank() + " names one thing twice");
                    }
                }
                for (Blank blank : p.blanks()) {
                    String answer = DistractorPicker.norm(blank.answer());
                    for (Question q : bank.questions()) {
                        assertTrue(q == p || answer.length() < 3 || !DistractorPicker.containsWords(DistractorPicker.norm(q.stem()), answer),
                                f + ": " + q.id() + " prints the passage's answer '" + blank.answer() + "': " + q.stem());
                    }
                }
            }
        }
        // a gap needs a spare word of its form in the word bank (two person gaps with two names fill themselves), a
        // German place right after its article ("in der _____") is no gap in a passage, nor a spare date of another era
        // ("2014" beside "1788"); 16 in the sixth session
        assertTrue(passages >= 12, "passages on 48 articles at 30 questions: " + passages);
    }
}
