package dev.quizgen.article;

import dev.quizgen.QuizgenException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * Reads an article: decodes the bytes (UTF-8, with or without BOM; UTF-16 with BOM; Windows-1252
 * detected and reported), strips the optional {@code date YYYY-MM} header, finds a title and the
 * language.
 */
public final class ArticleReader {
    /** Texts larger than this are refused: a worksheet article is a few pages. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    // the same header the bench strips: leading blanks, "date YYYY-MM", trailing blanks
    private static final Pattern HEADER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2})(?!\\d)[ \\t]*");
    private static final Pattern HEXISH = Pattern.compile("[0-9a-f_\\-]{6,}", Pattern.CASE_INSENSITIVE);

    private final Consumer<String> warnings;

    public ArticleReader(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    public Article read(Path file, Language forced, String titleOverride) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new QuizgenException("'" + file + "' is " + size / 1024 + " KB; quizgen reads articles up to "
                        + MAX_BYTES / (1024 * 1024) + " MB. Split the text into smaller articles.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new QuizgenException("Cannot find '" + file + "'. Check the path and try again.");
        } catch (IOException e) {
            throw new QuizgenException("Cannot read '" + file + "': " + e.getMessage() + ". Check that it is a readable file.");
        }
        return parse(bytes, file.getFileName().toString(), forced, titleOverride);
    }

    /** Builds an article from raw bytes; {@code fileName} names it in messages and outputs. */
    public Article parse(byte[] bytes, String fileName, Language forced, String titleOverride) {
        if (bytes.length > MAX_BYTES) {
            throw new QuizgenException("'" + fileName + "' is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, the most quizgen reads. Split the text into smaller articles.");
        }
        String raw = decode(bytes, fileName);
        String text = raw;
        String date = null;
        Matcher m = HEADER.matcher(raw);
        if (m.find()) {
            date = m.group(1);
            text = raw.substring(m.end());
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new QuizgenException("'" + fileName + "' has no text" + (date != null ? " after its date header" : "")
                    + ". Give quizgen an article of a few sentences.");
        }
        Language language = forced != null ? forced : LanguageDetector.detect(text);
        String title = titleOverride != null && !titleOverride.isBlank() ? titleOverride.strip() : title(text, fileName, language);
        return new Article(fileName, text, title, date, language, sha256(bytes));
    }

    private String decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new QuizgenException("'" + fileName + "' is empty. Give quizgen an article of a few sentences.");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, fileName);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, fileName);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, fileName);
        }
        if (looksBinary(bytes)) {
            throw new QuizgenException("'" + fileName + "' looks like a binary file, not text. Save the article as plain text (.txt, UTF-8).");
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String text = new String(bytes, Charset.forName("windows-1252"));
            warnings.accept("'" + fileName + "' is not UTF-8; read it as Windows-1252 (Latin-1). "
                    + "If umlauts look wrong, save the file as UTF-8.");
            return text;
        }
    }

    private static String strict(byte[] bytes, int skip, Charset cs, String fileName) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new QuizgenException("'" + fileName + "' starts with a " + cs.name() + " byte-order mark but is not valid "
                    + cs.name() + ". Save it again as UTF-8 text.");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control bytes: not a text file. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 10;
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
