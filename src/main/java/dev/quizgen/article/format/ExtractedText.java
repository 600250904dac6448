package dev.quizgen.article.format;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a format found in a file: the plain text and, if the file marks one (a first heading, a
 * {@code <title>}, a Title style), the title. The title is not part of the text.
 *
 * @param text  plain text, paragraphs separated by a blank line
 * @param title the marked title, or null
 */
public record ExtractedText(String text, String title) {
    public ExtractedText {
        Objects.requireNonNull(text);
        if (title != null && title.isBlank()) {
            title = null;
        }
    }

    /** Joins the non-blank paragraphs (each stripped) with a blank line. */
    public static ExtractedText ofParagraphs(List<String> paragraphs, String title) {
        String text = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("\n\n"));
        return new ExtractedText(text, title == null ? null : title.strip());
    }
}
