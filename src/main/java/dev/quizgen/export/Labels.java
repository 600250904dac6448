package dev.quizgen.export;

/**
 * The few words exporters add to a bank's own text, in the bank's language (German for
 * {@code de}, English otherwise).
 */
public record Labels(String source, String trueWord, String falseWord, String untitled, String fillTheGaps) {
    private static final Labels DE = new Labels("Quelle", "Wahr", "Falsch", "Quiz", "Ergänze die Lücken.");
    private static final Labels EN = new Labels("Source", "True", "False", "Quiz", "Fill in the gaps.");

    public static Labels of(String language) {
        return "de".equals(language) ? DE : EN;
    }

    /** The bank title, or a fallback when it is blank. */
    public String title(String bankTitle) {
        return bankTitle == null || bankTitle.isBlank() ? untitled : bankTitle.strip();
    }
}
