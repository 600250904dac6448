package dev.quizgen.article;

import dev.quizgen.QuizgenException;
import dev.quizgen.article.format.ArticleFormat;
import dev.quizgen.article.format.ArticleFormats;
import dev.quizgen.article.format.ExtractedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article from any supported format: the format (chosen by extension, see
 * {@link ArticleFormats}) extracts plain text and maybe a title; then, the same for every format, the
 * text is cleaned of hostile characters ({@link TextSanitizer}), the optional {@code date YYYY-MM}
 * header is stripped, and the title and language are found. Every offset later stages use points into
 * {@link Article#text()}; {@link Article#sha256()} is of the original bytes.
 */
public final class ArticleReader {
    /** Plain-text files larger than this are refused, and so is extracted text with more characters. */
    public static final int MAX_BYTES = ArticleFormat.TEXT_MAX_BYTES;
    /** Titles longer than this are cut at a word: a title is one line on a worksheet. */
    static final int MAX_TITLE = 120;

    // the same header the bench strips: leading blanks, "date YYYY-MM", trailing blanks
    private static final Pattern HEADER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2})(?!\\d)[ \\t]*");
    private static final Pattern HEXISH = Pattern.compile("[0-9a-f_\\-]{6,}", Pattern.CASE_INSENSITIVE);

    private final ArticleFormats formats;
    private final Consumer<String> warnings;

    /** A reader for the standard formats (.txt, .md, .html/.htm, .docx, .pdf). */
    public ArticleReader(Consumer<String> warnings) {
        this(ArticleFormats.standard(), warnings);
    }

    public ArticleReader(ArticleFormats formats, Consumer<String> warnings) {
        this.formats = formats;
        this.warnings = warnings;
    }

    /** The formats this reader knows: {@link ArticleFormats#isArticle} picks the articles of a folder. */
    public ArticleFormats formats() {
        return formats;
    }

    public Article read(Path file, Language forced, String titleOverride) {
        String name = file.getFileName() != null ? file.getFileName().toString() : file.toString();
        ArticleFormat format = formats.forFileName(name); // an unknown extension fails before any reading
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > format.maxBytes()) {
                throw new QuizgenException("'" + file + "' is " + size / 1024 + " KB; quizgen reads " + format.displayName()
                        + " files up to " + format.maxBytes() / (1024 * 1024) + " MB. Split the text into smaller articles.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new QuizgenException("Cannot find '" + file + "'. Check the path and try again.");
        } catch (IOException e) {
            throw new QuizgenException("Cannot read '" + file + "': " + e.getMessage() + ". Check that it is a readable file.");
        }
        return parse(bytes, name, forced, titleOverride);
    }

    /** Reads standard input ({@code -}) as plain text; the article is named {@code stdin}. */
    public Article readStdin(InputStream in, Language forced, String titleOverride) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new QuizgenException("Cannot read standard input: " + e.getMessage() + ". Pass the article as a file instead.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new QuizgenException("Standard input is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, the most quizgen reads. Split the text into smaller articles.");
        }
        return parse(bytes, "stdin", forced, titleOverride);
    }

    /**
     * Builds an article from raw bytes. {@code fileName} chooses the format by its extension (none:
     * plain text) and names the article in messages and outputs.
     *
     * @throws QuizgenException for every problem with the input, with a one-line message
     */
    public Article parse(byte[] bytes, String fileName, Language forced, String titleOverride) {
        ArticleFormat format = formats.forFileName(fileName);
        if (bytes.length > format.maxBytes()) {
            throw new QuizgenException("'" + fileName + "' is larger than " + format.maxBytes() / (1024 * 1024)
                    + " MB, the most quizgen reads as " + format.displayName() + ". Split the text into smaller articles.");
        }
        if (bytes.length == 0) {
            throw new QuizgenException("'" + fileName + "' is empty. Give quizgen an article of a few sentences.");
        }
        ExtractedText extracted = format.extract(bytes, fileName, warnings);
        String text = TextSanitizer.clean(extracted.text());
        String date = null;
        Matcher m = HEADER.matcher(text);
        if (m.find()) {
            date = m.group(1);
            text = text.substring(m.end());
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new QuizgenException("'" + fileName + "' has no text" + (date != null ? " after its date header" : "")
                    + ". " + format.noTextAdvice());
        }
        if (text.length() > MAX_BYTES) {
            throw new QuizgenException("'" + fileName + "' has " + text.length() / 1000 + " thousand characters of text; quizgen reads "
                    + "articles up to " + MAX_BYTES / 1_000_000 + " million. Split the text into smaller articles.");
        }
        Language language = forced != null ? forced : LanguageDetector.detect(text);
        String title;
        if (titleOverride != null && !oneLine(titleOverride).isEmpty()) {
            title = oneLine(titleOverride);
        } else if (extracted.title() != null && !oneLine(extracted.title()).isEmpty()) {
            title = shorten(oneLine(extracted.title()));
        } else {
            title = shorten(title(text, fileName, language));
        }
        return new Article(fileName, text, title, date, language, sha256(bytes));
    }

    private static String oneLine(String s) {
        return TextSanitizer.clean(s).replaceAll("\\s+", " ").strip();
    }

    /** At most {@link #MAX_TITLE} characters, cut at a space if there is one, never inside a surrogate pair. */
    static String shorten(String title) {
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_TITLE - 2);
        if (cut < MAX_TITLE / 2) {
            cut = MAX_TITLE - 2;
            if (Character.isLowSurrogate(title.charAt(cut))) {
                cut--;
            }
        }
        return title.substring(0, cut).strip() + " …";
    }

    /** A heading line, else a readable file name, else the first words of the lead. */
    static String title(String text, String fileName, Language language) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (!firstLine.isEmpty() && firstLine.length() <= 90 && !firstLine.matches(".*[.!?:;,]$")
                && text.strip().contains("\n")) {
            return firstLine.replaceFirst("^#+\\s*", "");
        }
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "").replaceFirst("^\\d+[-_ ]+", "");
        if (!base.isBlank() && !HEXISH.matcher(base).matches() && base.chars().filter(Character::isLetter).count() >= 3
                && !base.equals("stdin")) {
            String words = base.replaceAll("[-_]+", " ").strip();
            StringBuilder sb = new StringBuilder();
            for (String w : words.split(" ")) {
                if (!w.isEmpty()) {
                    sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
            }
            return sb.toString();
        }
        String[] words = firstLine.split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, words.length); i++) {
            sb.append(i > 0 ? " " : "").append(words[i]);
        }
        String lead = sb.toString().replaceAll("[,;:.]+$", "");
        return "Quiz: " + lead + (words.length > 8 ? " …" : "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
