package dev.quizgen.export;

/**
 * Options that shape exported files.
 *
 * @param title       worksheet title override, or null to use the bank's
 * @param versions    number of shuffled print versions (1 = just the worksheet)
 * @param seed        seed for shuffling versions and word banks
 * @param articleText the article text, for worksheets that print it; null when unknown
 */
public record ExportOptions(String title, int versions, long seed, String articleText) {
    public static ExportOptions defaults() {
        return new ExportOptions(null, 1, 1L, null);
    }
}
