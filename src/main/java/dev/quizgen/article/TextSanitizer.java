package dev.quizgen.article;

import java.text.Normalizer;

/**
 * Makes extracted text safe and predictable for every later stage, whatever the format:
 * <ul>
 *   <li>line ends: CRLF and CR become LF; vertical tab, form feed, NEL and U+2028 (line breaks from
 *       word processors and pages) become LF, U+2029 (paragraph separator) a blank line;</li>
 *   <li>tab becomes a space; every other control character (C0, DEL, C1) is removed;</li>
 *   <li>invisible characters are removed: zero-width space/non-joiner/joiner U+200B–U+200D, word joiner
 *       and invisible operators U+2060–U+2064, BOM/ZWNBSP U+FEFF anywhere, soft hyphen U+00AD (so that
 *       {@code Waffen\u00ADstillstand} is one word to search), and the noncharacters U+FFFE/U+FFFF;</li>
 *   <li>bidi controls are removed: U+200E/U+200F, U+061C, U+202A–U+202E, U+2066–U+2069 (they can
 *       make a question display differently from what it says);</li>
 *   <li>unpaired surrogates are removed (they cannot be written as UTF-8);</li>
 *   <li>the result is normalised to NFC, last, so that removals cannot leave it denormalised.</li>
 * </ul>
 * Long tokens (hundreds of characters without a space) are kept as they are.
 */
public final class TextSanitizer {
    private TextSanitizer() {
    }

    public static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '\n' -> sb.append('\n');
                case '\r' -> {
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        sb.append('\n');
                    }
                }
                case '\t' -> sb.append(' ');
                case '\u000B', '\f', '\u0085', '\u2028' -> sb.append('\n');
                case '\u2029' -> sb.append("\n\n");
                default -> {
                    if (!removed(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        String cleaned = sb.toString();
        return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /**
     * True for a code point {@link #clean} never leaves in its output (tab and CR included: they are
     * replaced). A lone surrogate counts; a paired one is a supplementary code point and is kept.
     */
    public static boolean removed(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n'
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
                || c >= '\u200B' && c <= '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2060' && c <= '\u2064'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u061C' || c == '\u00AD' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
