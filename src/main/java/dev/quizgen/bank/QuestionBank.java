package dev.quizgen.bank;

import java.util.List;

/**
 * A question bank: the JSON of SPEC.md (schemaVersion 1) as a value.
 *
 * @param generator {@code quizgen <version>}
 * @param title     the article's title, used for worksheets and LMS categories
 * @param language  {@code de} or {@code en}
 * @param source    the article the bank was made from
 * @param questions the questions, in worksheet order
 */
public record QuestionBank(String generator, String title, String language, BankSource source,
                           List<Question> questions) {
    public static final int SCHEMA_VERSION = 1;

    public QuestionBank {
        questions = List.copyOf(questions);
    }

    public QuestionBank withQuestions(List<Question> newQuestions) {
        return new QuestionBank(generator, title, language, source, newQuestions);
    }
}
