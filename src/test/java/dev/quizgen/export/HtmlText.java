package dev.quizgen.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test-side reverse of {@link Markup}: HTML entities back to text. */
public final class HtmlText {
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    private HtmlText() {
    }

    public static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00A0";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** An HTML paragraph as written by {@link Markup#paragraph}, back to text. */
    public static String paragraph(String html) {
        String inner = html;
        if (inner.startsWith("<p>") && inner.endsWith("</p>")) {
            inner = inner.substring(3, inner.length() - 4);
        }
        return unescape(inner.replace("<br>", "\n"));
    }
}
