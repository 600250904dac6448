package dev.quizgen.templates;

import dev.quizgen.facts.Fact;
import dev.quizgen.nlp.Sentence;

/** A question as a template made it from a fact, before distractors and selection. */
public record Draft(Template template, Fact fact, Sentence sentence, String stem, String answer) {
}
