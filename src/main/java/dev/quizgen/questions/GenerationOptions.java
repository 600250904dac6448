package dev.quizgen.questions;

import dev.quizgen.bank.QuestionType;
import java.util.Set;

/**
 * What the teacher asked for.
 *
 * @param count      most questions per article
 * @param types      question types allowed (empty = all the templates make)
 * @param seed       seed for every random choice (same input + seed = same bank)
 * @param difficulty {@code easy}, {@code mixed} or {@code hard}
 */
public record GenerationOptions(int count, Set<QuestionType> types, long seed, String difficulty) {
    public GenerationOptions {
        types = Set.copyOf(types);
    }
}
