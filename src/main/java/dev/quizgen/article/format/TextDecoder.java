package dev.quizgen.article.format;

import dev.quizgen.QuizgenException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Bytes of a text file (.txt, .md, .html) to a String: UTF-8 with or without BOM, UTF-16 with BOM;
 * anything that is not valid UTF-8 is read as Windows-1252 with a warning. Binary files are refused.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * @param saveAs what the file should be saved as, for the message ("plain text (.txt, UTF-8)")
     */
    static String decode(byte[] bytes, String fileName, String saveAs, Consumer<String> warnings) {
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
            throw new QuizgenException("'" + fileName + "' looks like a binary file, not text. Save the article as "
                    + saveAs + ".");
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.accept("'" + fileName + "' is not UTF-8; read it as Windows-1252 (Latin-1). "
                    + "If umlauts look wrong, save the file as UTF-8.");
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** True when the bytes start with a UTF-8 or UTF-16 byte-order mark. */
    static boolean hasByteOrderMark(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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

    private static CharsetDecoder decoder(Charset cs) {
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

    /** NUL bytes or many control bytes in the first 8 KB: not a text file. */
    static boolean looksBinary(byte[] b) {
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
}
