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

    /**
     * The bank language as an XML/BCP 47 language tag ({@code de}, {@code en-GB}), or "" when the
     * bank has none or one that is not a tag (hand-edited banks): XML's xml:lang must be valid.
     */
    public static String languageTag(String language) {
        if (language == null) {
            return "";
        }
        String tag = language.strip().replace('_', '-');
        return tag.matches("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*") ? tag : "";
    }

    /** The bank title, or a fallback when it is blank. */
    public String title(String bankTitle) {
        return bankTitle == null || bankTitle.isBlank() ? untitled : bankTitle.strip();
    }
}
