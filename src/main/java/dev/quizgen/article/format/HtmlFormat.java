package dev.quizgen.article.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * .html/.htm: parsed with jsoup. The main text is the longest {@code <article>}, else {@code <main>},
 * else the body; page furniture (navigation, site header and footer, asides, forms, scripts, hidden
 * elements) is removed. Block elements (p, div, li, td, headings, …) become paragraphs, {@code <br>} a
 * line break, images are dropped. The first {@code <h1>} of the main text is the title and left out of
 * the text; without one, {@code <title>} is the title.
 */
public final class HtmlFormat implements ArticleFormat {
    private static final String FURNITURE = "nav, aside, script, style, noscript, template, iframe, object, "
            + "svg, button, select, textarea, [hidden], [aria-hidden=true]";
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
            "ascii", "windows-1252", "cp1252");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    // no-break spaces inside a line are kept (10\u00A0000); at its edges they are layout
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0]+|[\\s\\u00A0]+$");

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm");
    }

    @Override
    public String displayName() {
        return "web page";
    }

    @Override
    public ExtractedText extract(byte[] bytes, String fileName, Consumer<String> warnings) {
        Document doc = Jsoup.parse(decode(bytes, fileName, warnings));
        Element root = mainText(doc);
        root.select(FURNITURE).remove();
        // search and comment forms go; a form that wraps the whole page (ASP.NET does that) holds the article
        root.select("form").not(":has(p, article, main)").remove();
        for (Element e : root.select("header, footer")) {
            // an article's own header holds its headline and lead; a footer is byline, tags or imprint
            if (e.normalName().equals("footer") || e.closest("article") == null) {
                e.remove();
            }
        }
        String title = null;
        Element h1 = root.selectFirst("h1");
        if (h1 != null) {
            title = h1.text();
            h1.remove();
        } else if (!doc.title().isBlank()) {
            title = doc.title();
        }
        return ExtractedText.ofParagraphs(paragraphs(root), title);
    }

    /**
     * A page that is not UTF-8 but names its encoding in a {@code <meta>} tag is read in that encoding,
     * without a warning; the Latin-1 and ASCII labels mean Windows-1252, as in browsers (WHATWG
     * Encoding). Everything else is decoded like a text file.
     */
    private static String decode(byte[] bytes, String fileName, Consumer<String> warnings) {
        if (!TextDecoder.hasByteOrderMark(bytes) && !TextDecoder.looksBinary(bytes) && !TextDecoder.isUtf8(bytes)) {
            Matcher meta = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            if (meta.find()) {
                String label = meta.group(1).toLowerCase(Locale.ROOT);
                Charset declared = LATIN1_LABELS.contains(label) ? WINDOWS_1252 : supported(label);
                // a meta tag can only be read if the page is ASCII-compatible: UTF-16/32 labels are wrong there
                if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.name().startsWith("UTF-")) {
                    return new String(bytes, declared);
                }
            }
        }
        return TextDecoder.decode(bytes, fileName, "HTML or plain text in UTF-8", warnings);
    }

    private static Charset supported(String label) {
        try {
            return Charset.isSupported(label) ? Charset.forName(label) : null;
        } catch (IllegalArgumentException e) {
            return null; // an illegal charset name in the page: decode as if none were given
        }
    }

    private static Element mainText(Document doc) {
        Elements articles = doc.select("article");
        if (!articles.isEmpty()) {
            // a page may list teasers as articles too: the article itself is the longest
            return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] preDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(preDepth[0] > 0 ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        current.append('\n');
                    } else if (e.isBlock()) {
                        flush(current, out);
                    }
                    if (e.normalName().equals("pre")) {
                        preDepth[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("pre")) {
                        preDepth[0]--;
                    }
                    if (e.isBlock()) {
                        flush(current, out);
                    }
                }
            }
        }, root);
        flush(current, out);
        return out;
    }

    /** Ends the paragraph being collected: spaces collapsed and trimmed on every line. */
    private static void flush(StringBuilder current, List<String> out) {
        StringBuilder para = new StringBuilder();
        for (String line : current.toString().split("\n", -1)) {
            String clean = EDGE_SPACE.matcher(SPACE_RUN.matcher(line).replaceAll(" ")).replaceAll("");
            if (!clean.isEmpty()) {
                para.append(para.length() > 0 ? "\n" : "").append(clean);
            }
        }
        if (para.length() > 0) {
            out.add(para.toString());
        }
        current.setLength(0);
    }
}
