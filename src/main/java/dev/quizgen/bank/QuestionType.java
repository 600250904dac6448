package dev.quizgen.bank;

/** The question types of the bank JSON (SPEC.md), with their names there. */
public enum QuestionType {
    MULTIPLE_CHOICE("multiple_choice"),
    FILL_IN("fill_in"),
    TRUE_FALSE("true_false"),
    SHORT_ANSWER("short_answer"),
    MATCHING("matching"),
    ORDERING("ordering"),
    CLOZE_PASSAGE("cloze_passage");

    private final String jsonName;

    QuestionType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static QuestionType fromJsonName(String name) {
        for (QuestionType t : values()) {
            if (t.jsonName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
