package dev.quizgen.export.worksheet;

import dev.quizgen.bank.QuestionType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every fixed word printed on a worksheet, in one language. German for {@code de}, English for
 * everything else (the bank languages are {@code de} and {@code en}).
 */
public final class WorksheetText {
    private final boolean german;
    private final Map<QuestionType, String> headings = new EnumMap<>(QuestionType.class);
    private final Map<QuestionType, String> instructions = new EnumMap<>(QuestionType.class);

    private WorksheetText(String language) {
        this.german = "de".equalsIgnoreCase(language);
        if (german) {
            put(QuestionType.MULTIPLE_CHOICE, "Multiple Choice", "Kreuze die richtige Antwort an.");
            put(QuestionType.FILL_IN, "Sätze ergänzen", "Ergänze die Lücken.");
            put(QuestionType.TRUE_FALSE, "Richtig oder falsch?", "Kreuze an: richtig oder falsch?");
            put(QuestionType.SHORT_ANSWER, "Fragen zum Text", "Beantworte die Frage.");
            put(QuestionType.MATCHING, "Zuordnung", "Ordne zu.");
            put(QuestionType.ORDERING, "Reihenfolge", "Bringe in die richtige Reihenfolge.");
            put(QuestionType.CLOZE_PASSAGE, "Lückentext", "Ergänze die Lücken.");
        } else {
            put(QuestionType.MULTIPLE_CHOICE, "Multiple choice", "Tick the correct answer.");
            put(QuestionType.FILL_IN, "Complete the sentences", "Fill in the gaps.");
            put(QuestionType.TRUE_FALSE, "True or false?", "Tick: true or false?");
            put(QuestionType.SHORT_ANSWER, "Questions on the text", "Answer the question.");
            put(QuestionType.MATCHING, "Matching", "Match the items.");
            put(QuestionType.ORDERING, "Order", "Put the items in the right order.");
            put(QuestionType.CLOZE_PASSAGE, "Cloze text", "Fill in the gaps.");
        }
    }

    private void put(QuestionType type, String heading, String instruction) {
        headings.put(type, heading);
        instructions.put(type, instruction);
    }

    public static WorksheetText forLanguage(String language) {
        return new WorksheetText(language == null || language.isBlank() ? "en" : language);
    }

    /** BCP 47 tag for document metadata ({@code de-DE}, {@code en-GB}). */
    public String languageTag() {
        return german ? "de-DE" : "en-GB";
    }

    public String language() {
        return german ? "de" : "en";
    }

    public String heading(QuestionType type) {
        return headings.get(type);
    }

    public String instruction(QuestionType type) {
        return instructions.get(type);
    }

    /** The instruction for a section of {@code count} questions: "Beantworte die Fragen." for several. */
    public String instruction(QuestionType type, int count) {
        if (type == QuestionType.SHORT_ANSWER && count > 1) {
            return german ? "Beantworte die Fragen." : "Answer the questions.";
        }
        return instruction(type);
    }

    public String defaultTitle() {
        return german ? "Arbeitsblatt" : "Worksheet";
    }

    public String name() {
        return "Name";
    }

    public String schoolClass() {
        return german ? "Klasse" : "Class";
    }

    public String date() {
        return german ? "Datum" : "Date";
    }

    public String version(String letter) {
        return "Version " + letter;
    }

    /** "Punkte: ____ / 12" line under the name line. */
    public String scoreLine(int total) {
        return (german ? "Punkte: " : "Points: ") + "______ / " + total;
    }

    /** Points after a question or section: "(1 P.)", "(2 pts)". */
    public String points(int points) {
        if (german) {
            return "(" + points + " P.)";
        }
        return "(" + points + (points == 1 ? " pt)" : " pts)");
    }

    public String answerKey() {
        return german ? "Lösungen" : "Answer key";
    }

    public String source() {
        return german ? "Quelle" : "Source";
    }

    public String article() {
        return "Text";
    }

    public String wordBank() {
        return german ? "Wortspeicher" : "Word bank";
    }

    public String trueWord() {
        return german ? "richtig" : "true";
    }

    public String falseWord() {
        return german ? "falsch" : "false";
    }

    public String alsoAccepted() {
        return german ? "auch richtig" : "also accepted";
    }

    public String noQuestions() {
        return german ? "Diese Fragensammlung enthält keine Fragen." : "This question bank holds no questions.";
    }

    /** Page footer, "Seite 1 von 3". */
    public String pageOf(int page, int pages) {
        return pagePrefix() + page + pageMiddle() + pages;
    }

    /** The footer text before the page number ("Seite "). */
    public String pagePrefix() {
        return german ? "Seite " : "Page ";
    }

    /** The footer text between page number and page count (" von "). */
    public String pageMiddle() {
        return german ? " von " : " of ";
    }

    /** A quotation in the language's marks, „…“ or “…”; quotes inside become single marks ‚…‘ or ‘…’. */
    public String quote(String s) {
        if (german) {
            return "„" + s.replace('„', '‚').replace('“', '‘') + "“";
        }
        return "“" + s.replace('“', '‘').replace('”', '’') + "”";
    }

    /** Texts are equal when they print the same language. */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorksheetText t && t.german == german;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(german);
    }

    @Override
    public String toString() {
        return "WorksheetText[" + language() + "]";
    }
}
