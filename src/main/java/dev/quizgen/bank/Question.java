package dev.quizgen.bank;

import java.util.List;
import java.util.Objects;

/**
 * One question of a bank, as SPEC.md describes it. Lists are never null (empty when a type does
 * not use them).
 *
 * @param id              {@code q1}, {@code q2}, … unique in the bank
 * @param type            question type
 * @param stem            the question text; fill-in gaps are {@code _____}
 * @param options         answer options (multiple choice, choice cloze, word bank)
 * @param answer          the right answer as text
 * @param factType        the type of the fact asked about (PERSON, DATE, …), or null
 * @param template        the template id that made it ({@code de/person-role-who}), or null
 * @param difficulty      intended difficulty, or null
 * @param source          the sentence it was made from, or null
 * @param blanks          cloze passage gaps, in order
 * @param wordBank        cloze passage word bank, shuffled
 * @param pairs           matching pairs
 * @param items           ordering items in the correct order
 * @param acceptedAnswers other spellings a short answer accepts
 * @param rejected        distractors rejected while building it, with reasons
 */
public record Question(String id, QuestionType type, String stem, List<Option> options, String answer,
                       String factType, String template, Difficulty difficulty, SourceRef source,
                       List<Blank> blanks, List<String> wordBank, List<Pair> pairs, List<String> items,
                       List<String> acceptedAnswers, List<Rejected> rejected) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(answer, "answer");
        options = copy(options);
        blanks = copy(blanks);
        wordBank = copy(wordBank);
        pairs = copy(pairs);
        items = copy(items);
        acceptedAnswers = copy(acceptedAnswers);
        rejected = copy(rejected);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A question of the two core types (multiple choice, fill-in). */
    public static Question of(String id, QuestionType type, String stem, List<Option> options, String answer,
                              String factType, String template, Difficulty difficulty, SourceRef source) {
        return new Question(id, type, stem, options, answer, factType, template, difficulty, source,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Question withId(String newId) {
        return new Question(newId, type, stem, options, answer, factType, template, difficulty, source,
                blanks, wordBank, pairs, items, acceptedAnswers, rejected);
    }

    public Question withWordBank(List<String> newWordBank) {
        return new Question(id, type, stem, options, answer, factType, template, difficulty, source,
                blanks, newWordBank, pairs, items, acceptedAnswers, rejected);
    }

    public Question withOptions(List<Option> newOptions) {
        return new Question(id, type, stem, newOptions, answer, factType, template, difficulty, source,
                blanks, wordBank, pairs, items, acceptedAnswers, rejected);
    }

    /** The correct option, or null when the question has none marked. */
    public Option correctOption() {
        return options.stream().filter(Option::correct).findFirst().orElse(null);
    }
}
