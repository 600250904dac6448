package dev.quizgen.article.format;

import dev.quizgen.QuizgenException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The input formats quizgen reads, keyed by file extension: an explicit list, not classpath scanning.
 * A name without an extension (stdin, {@code artikel}) is read as plain text.
 */
public final class ArticleFormats {
    private final SortedMap<String, ArticleFormat> byExtension = new TreeMap<>();
    private final ArticleFormat plainText;

    /**
     * @param plainText the format for stdin and names without an extension
     * @param formats   every format, {@code plainText} included; an extension may be claimed once
     */
    public ArticleFormats(ArticleFormat plainText, List<ArticleFormat> formats) {
        this.plainText = plainText;
        for (ArticleFormat format : formats) {
            for (String ext : format.extensions()) {
                ArticleFormat previous = byExtension.putIfAbsent(ext.toLowerCase(Locale.ROOT), format);
                if (previous != null) {
                    throw new IllegalArgumentException("extension ." + ext + " claimed by both "
                            + previous.displayName() + " and " + format.displayName());
                }
            }
        }
    }

    /** .txt, .md, .html/.htm, .docx and .pdf. */
    public static ArticleFormats standard() {
        PlainTextFormat text = new PlainTextFormat();
        return new ArticleFormats(text, List.of(text, new MarkdownFormat(), new HtmlFormat(), new DocxFormat(), new PdfFormat()));
    }

    /** Every extension read, sorted, without the dot. */
    public SortedSet<String> extensions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byExtension.keySet()));
    }

    /** True when the name has an extension of a known format: which files of a folder are articles. */
    public boolean isArticle(String fileName) {
        return extension(fileName).map(byExtension::containsKey).orElse(false);
    }

    /** The format for a file name; plain text when it has no extension. */
    public ArticleFormat forFileName(String fileName) {
        Optional<String> ext = extension(fileName);
        if (ext.isEmpty()) {
            return plainText;
        }
        ArticleFormat format = byExtension.get(ext.get());
        if (format == null) {
            throw new QuizgenException("'" + fileName + "' is a ." + ext.get() + " file, which quizgen cannot read. "
                    + "Save the article as one of " + supportedList() + ".");
        }
        return format;
    }

    /** The format stdin is read with. */
    public ArticleFormat plainText() {
        return plainText;
    }

    private String supportedList() {
        return byExtension.keySet().stream().map(e -> "." + e).collect(Collectors.joining(", "));
    }

    private static Optional<String> extension(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String name = fileName.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        // a leading dot (.profile) is a hidden file's name, not an extension
        return dot > 0 && dot < name.length() - 1 ? Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
