package dev.quizgen.export;

import java.util.Objects;

/**
 * Options that shape exported files.
 *
 * @param title          worksheet title override, or null to use the bank's
 * @param versions       number of shuffled print versions (1 = just the worksheet)
 * @param seed           seed for shuffling versions and word banks
 * @param articleText    the article text, for worksheets that print it; null when unknown
 * @param paper          paper size of worksheets (CLI {@code --paper a4|letter})
 * @param keySeparate    worksheets write the answer key to its own file {@code BASE.key.docx} /
 *                       {@code BASE.key.pdf} instead of its own page at the end
 *                       (CLI {@code --key separate}; {@code --key inline} is the default)
 * @param includeArticle worksheets print {@code articleText} with line numbers before the questions
 *                       (CLI {@code --include-article}; ignored while {@code articleText} is null)
 */
public record ExportOptions(String title, int versions, long seed, String articleText,
                            Paper paper, boolean keySeparate, boolean includeArticle) {
    public ExportOptions {
        Objects.requireNonNull(paper, "paper");
    }

    /** The options of the first release, with A4, the key inline and no article. */
    public ExportOptions(String title, int versions, long seed, String articleText) {
        this(title, versions, seed, articleText, Paper.A4, false, false);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(null, 1, 1L, null);
    }

    public ExportOptions withPaper(Paper newPaper) {
        return new ExportOptions(title, versions, seed, articleText, newPaper, keySeparate, includeArticle);
    }

    public ExportOptions withKeySeparate(boolean separate) {
        return new ExportOptions(title, versions, seed, articleText, paper, separate, includeArticle);
    }

    public ExportOptions withIncludeArticle(boolean include) {
        return new ExportOptions(title, versions, seed, articleText, paper, keySeparate, include);
    }

    /** The article to print on worksheets, or null when none should be printed. */
    public String printedArticle() {
        return includeArticle && articleText != null && !articleText.isBlank() ? articleText : null;
    }
}
