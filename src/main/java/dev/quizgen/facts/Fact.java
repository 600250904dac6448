package dev.quizgen.facts;

import dev.quizgen.nlp.Span;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fact: what it is, the words that state it, where, and named slots that templates use
 * ({@code {person}}, {@code {role}}, {@code {phrase}}, {@code {speaker}}, …).
 *
 * @param type       the fact family
 * @param text       the fact's answer text as it stands in the article
 * @param span       where {@code text} stands
 * @param sentence   index of the sentence it comes from
 * @param fromToken  first token of {@code text} in the sentence
 * @param toToken    token after {@code text}
 * @param phraseFrom first token of the phrase a question word replaces ({@code am Sonntag} for
 *                   {@code Sonntag}); equals {@code fromToken} when there is no larger phrase
 * @param phraseTo   token after that phrase
 * @param slots      named values for templates, in a fixed order
 * @param confidence 0..1
 */
public record Fact(FactType type, String text, Span span, int sentence, int fromToken, int toToken,
                   int phraseFrom, int phraseTo, Map<String, String> slots, double confidence) {
    public Fact {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    public String slot(String name) {
        return slots.get(name);
    }
}
