package dev.quizgen.templates;

import dev.quizgen.bank.Difficulty;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.facts.FactType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One question template, as written in a file of {@code question-templates/}.
 *
 * @param id          {@code <lang>/<name>}, e.g. {@code de/person-role-who}
 * @param language    {@code de} or {@code en}
 * @param facts       the fact types it matches (one for most templates; several for a cloze passage)
 * @param type        the question type it makes
 * @param stem        the question text with slots ({@code Wer ist {roleNom}?}, {@code {gap}})
 * @param answer      the answer slot ({@code {person}})
 * @param distractors the kind of wrong options for multiple choice ({@code person}, {@code date}…), or null
 * @param difficulty  how hard the question is
 * @param when        conditions on slots: slot → required value
 * @param except      conditions on slots: slot → values it must not have
 * @param maxWords    slot → most words the slot may have
 * @param examples    example sentences with the question they must give
 * @param origin      file and line it was defined at, for messages
 */
public record Template(String id, String language, Set<FactType> facts, QuestionType type, String stem, String answer,
                       String distractors, Difficulty difficulty, Map<String, String> when,
                       Map<String, Set<String>> except, Map<String, Integer> maxWords, List<Example> examples, String origin) {
    public Template {
        // an EnumSet: matches() runs for every template and fact of an article
        facts = java.util.Collections.unmodifiableSet(facts.isEmpty() ? java.util.EnumSet.noneOf(FactType.class) : java.util.EnumSet.copyOf(facts));
        when = Map.copyOf(when);
        except = Map.copyOf(except);
        maxWords = Map.copyOf(maxWords);
        examples = List.copyOf(examples);
    }

    /** Whether the template makes one question from a whole set of facts (matching, ordering, cloze passage). */
    public boolean composite() {
        return type == QuestionType.MATCHING || type == QuestionType.ORDERING || type == QuestionType.CLOZE_PASSAGE;
    }

    public boolean matches(FactType type) {
        return facts.contains(type);
    }

    /**
     * An example: input text, and the question (stem and answer) the template must make from it.
     *
     * @param input  one or more sentences
     * @param stem   the expected stem
     * @param answer the expected answer
     * @param line   the line of the example in its file
     */
    public record Example(String input, String stem, String answer, int line) {
    }
}
