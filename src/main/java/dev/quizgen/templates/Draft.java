package dev.quizgen.templates;

import dev.quizgen.facts.Fact;
import dev.quizgen.nlp.Sentence;
import java.util.List;

/**
 * A question as a template made it from a fact, before distractors and selection.
 *
 * @param context sentences printed before a gap sentence that points back to them; mostly none
 */
public record Draft(Template template, Fact fact, Sentence sentence, String stem, String answer, List<Sentence> context) {
    public Draft {
        context = List.copyOf(context);
    }
}
