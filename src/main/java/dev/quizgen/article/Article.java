package dev.quizgen.article;

import java.util.Objects;

/**
 * One article as read: the text after the optional {@code date YYYY-MM} header (all offsets
 * point into it), its metadata, and the language it is written in.
 *
 * @param fileName the input's file name ({@code foo.txt}, or {@code stdin})
 * @param text     the article text, header stripped; every offset in later stages points here
 * @param title    a title for the worksheet (from a heading, the file name or the lead)
 * @param date     {@code YYYY-MM} from the header, or null
 * @param language the article's language (detected or given)
 * @param sha256   hex SHA-256 of the input bytes
 */
public record Article(String fileName, String text, String title, String date, Language language, String sha256) {
    public Article {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(text);
        Objects.requireNonNull(title);
        Objects.requireNonNull(language);
        Objects.requireNonNull(sha256);
    }

    /** The file name without its extension: the base name of every output file. */
    public String baseName() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
