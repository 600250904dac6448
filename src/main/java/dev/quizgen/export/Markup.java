package dev.quizgen.export;

/**
 * Escaping for the text that exporters put into HTML, XML and CDATA. Bank text is plain text:
 * every exporter escapes it, so no markup or script in an article becomes active in an LMS.
 */
public final class Markup {
    private Markup() {
    }

    /** Plain text as HTML text: {@code & < > " '} become entities. */
    public static String html(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Plain text as HTML element content: only {@code & < >} become entities. */
    public static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Plain text as an HTML paragraph; line breaks become {@code <br>}. */
    public static String paragraph(String text) {
        return "<p>" + html(text).replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
    }

    /** Text as XML character data or attribute value (escapes {@code & < > "}), XML-legal. */
    public static String xml(String text) {
        String legal = xmlLegal(text);
        StringBuilder b = new StringBuilder(legal.length() + 16);
        for (int i = 0; i < legal.length(); i++) {
            char c = legal.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A CDATA section holding {@code text}; a {@code ]]>} inside is split over two sections, the
     * only way CDATA can carry it.
     */
    public static String cdata(String text) {
        return "<![CDATA[" + xmlLegal(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    /**
     * Replaces characters XML 1.0 cannot hold at all (C0 controls other than tab, line feed and
     * carriage return, lone surrogates, U+FFFE/U+FFFF) with U+FFFD, so the file stays well-formed.
     */
    public static String xmlLegal(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && b == null) {
                b = new StringBuilder(text.length());
                b.append(text, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? text : b.toString();
    }

    /** The first {@code maxCodePoints} code points of {@code text} on one line, with … when cut. */
    public static String excerpt(String text, int maxCodePoints) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= maxCodePoints) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, maxCodePoints - 1);
        return oneLine.substring(0, end).stripTrailing() + "…";
    }
}
