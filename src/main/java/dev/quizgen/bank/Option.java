package dev.quizgen.bank;

/**
 * One answer option.
 *
 * @param text    what the option says
 * @param correct whether it is the right answer
 * @param source  where a distractor came from: {@code article}, {@code list:<name>},
 *                {@code generated}; null when unknown (hand-edited banks)
 */
public record Option(String text, boolean correct, String source) {
    public static Option right(String text) {
        return new Option(text, true, "article");
    }
}
