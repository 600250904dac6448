package dev.quizgen.article.format;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One kind of input file. An implementation only extracts: it turns the file's bytes into plain text
 * (paragraphs separated by a blank line) and, if the format marks one, a title. Decoding checks, the
 * {@code date} header, hostile-character cleaning, title fallback and language are the reader's job,
 * the same for every format.
 */
public interface ArticleFormat {
    /** Plain-text formats larger than this are refused: a worksheet article is a few pages. */
    int TEXT_MAX_BYTES = 5 * 1024 * 1024;

    /** The extensions this format reads, lower case, without the dot. */
    Set<String> extensions();

    /** What the format is called in messages, e.g. {@code "Word document"}. */
    String displayName();

    /** Files larger than this are refused before reading; containers with images are allowed more. */
    default long maxBytes() {
        return TEXT_MAX_BYTES;
    }

    /**
     * Extracts the article text. Problems the user can fix (damaged, password-protected, binary) are
     * reported as {@link dev.quizgen.QuizgenException} with a one-line message naming {@code fileName}.
     *
     * @param warnings receives one-line notes that do not stop reading (e.g. a guessed encoding)
     */
    ExtractedText extract(byte[] bytes, String fileName, Consumer<String> warnings);

    /** The "what to do" half of the message for a file without any text. */
    default String noTextAdvice() {
        return "Give quizgen an article of a few sentences.";
    }
}
