package dev.quizgen.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.QuizgenException;
import dev.quizgen.TestPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateExamplesTest {
    @Test
    void everyBuiltInTemplateHasExamplesAndAllPass() {
        List<Template> templates = TemplateLibrary.builtIn();
        assertTrue(templates.size() >= 20);
        for (Template t : templates) {
            assertTrue(!t.examples().isEmpty(), t.id());
        }
        List<TemplateCheck.Failure> failures = TemplateCheck.run(templates, TestPipeline::facts, TestPipeline::preview);
        assertEquals(List.of(), failures.stream().map(TemplateCheck.Failure::message).toList());
    }

    @Test
    void aWrongExpectationFails() {
        List<Template> t = TemplateParser.parse("""
                [who]
                fact: PERSON_ROLE
                type: multiple_choice
                stem: Wer ist {roleNom}?
                answer: {person}
                distractors: person
                example: Der Physiker Albert Einstein lehrte in Berlin.
                expect: Wer ist der Chemiker? = Albert Einstein
                """, "de", "test.txt");
        List<TemplateCheck.Failure> failures = TemplateCheck.run(t, TestPipeline::facts, TestPipeline::preview);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).message().contains("Wer ist der Physiker? = Albert Einstein"), failures.get(0).message());
    }

    @Test
    void errorsNameFileLineAndField() {
        QuizgenException e = assertThrows(QuizgenException.class, () -> TemplateParser.parse("""
                [x]
                fact: PERSON
                type: essay
                """, "de", "mine.txt"));
        assertEquals("Template file 'mine.txt', line 3, field 'type': 'essay' is not a template question type; "
                + "use multiple_choice, fill_in, true_false, matching, ordering or cloze_passage. See question-templates/README.md.", e.getMessage());
        QuizgenException noExample = assertThrows(QuizgenException.class, () -> TemplateParser.parse("""
                [x]
                fact: PERSON
                type: fill_in
                stem: {gap}
                answer: {text}
                """, "de", "mine.txt"));
        assertTrue(noExample.getMessage().contains("has no example"), noExample.getMessage());
    }
}
