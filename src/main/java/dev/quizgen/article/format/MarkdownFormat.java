package dev.quizgen.article.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * .md: parsed as CommonMark, then the syntax tree is written out as plain text. The first heading
 * is the title and left out of the text; later headings, paragraphs, code blocks and every list item
 * become paragraphs. Emphasis and links keep their text, images are dropped, inline code keeps its
 * text, raw HTML keeps only its text. Lines of one paragraph are joined with a space, as a renderer
 * would; a hard line break stays a line break.
 */
public final class MarkdownFormat implements ArticleFormat {
    // commonmark's Parser is immutable and thread-safe: one per format object
    private final Parser parser = Parser.builder().build();

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public String displayName() {
        return "Markdown";
    }

    @Override
    public ExtractedText extract(byte[] bytes, String fileName, Consumer<String> warnings) {
        String source = TextDecoder.decode(bytes, fileName, "Markdown or plain text in UTF-8", warnings);
        Node document = parser.parse(source);
        Heading titleHeading = null;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                titleHeading = h;
                break;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n != titleHeading) {
                block(n, paragraphs);
            }
        }
        return ExtractedText.ofParagraphs(paragraphs, titleHeading == null ? null : inline(titleHeading));
    }

    private static void block(Node node, List<String> out) {
        if (node instanceof Paragraph || node instanceof Heading) {
            out.add(inline(node));
        } else if (node instanceof FencedCodeBlock code) {
            out.add(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(code.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            out.add(Jsoup.parseBodyFragment(html.getLiteral()).text());
        } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            return;
        } else if (node instanceof ListBlock || node instanceof BlockQuote || node.getFirstChild() != null) {
            // list items, quotes and unknown containers: their blocks in order
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, out);
            }
        }
    }

    private static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        appendInline(parent, sb);
        return sb.toString();
    }

    private static void appendInline(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof Image || n instanceof HtmlInline) {
                continue; // an image is not text; an inline tag's text is in the sibling Text nodes
            } else {
                appendInline(n, sb); // emphasis, strong, link and extension nodes: their text
            }
        }
    }
}
