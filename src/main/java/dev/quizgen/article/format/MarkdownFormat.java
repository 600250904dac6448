package dev.quizgen.article.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * .md: parsed as CommonMark, then the syntax tree is written out as plain text. YAML front matter
 * at the start is dropped (its {@code title:} is the title when there is no heading). The first heading
 * is the title and left out of the text; later headings, paragraphs, code blocks and every list item
 * become paragraphs. Emphasis and links keep their text, images are dropped, inline code keeps its
 * text, raw HTML keeps only its text. Lines of one paragraph are joined with a space, as a renderer
 * would; a hard line break stays a line break.
 */
public final class MarkdownFormat implements ArticleFormat {
    // commonmark's Parser is immutable and thread-safe: one per format object
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    // YAML front matter (Jekyll, Hugo, Obsidian), starting with a "key:" line so a leading rule is not
    // taken for it: CommonMark would read it as a rule and a heading
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n([\\w-]+:.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("(?m)^title:[ \\t]*[\"']?(.*?)[\"']?[ \\t]*$");
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
        String frontMatterTitle = null;
        Matcher front = FRONT_MATTER.matcher(source);
        if (front.find()) {
            Matcher title = FRONT_MATTER_TITLE.matcher(front.group(1));
            frontMatterTitle = title.find() ? title.group(1).strip() : null;
            source = source.substring(front.end());
        }
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
        String title = titleHeading != null ? inline(titleHeading) : frontMatterTitle;
        return ExtractedText.ofParagraphs(paragraphs, title);
    }

    // both walks use an explicit stack: hostile Markdown can nest quotes, lists or emphasis thousands deep
    private static void block(Node top, List<String> out) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Paragraph || node instanceof Heading) {
                out.add(inline(node));
            } else if (node instanceof FencedCodeBlock code) {
                out.add(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                out.add(code.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                out.add(Jsoup.parseBodyFragment(html.getLiteral()).text());
            } else if (!(node instanceof ThematicBreak || node instanceof LinkReferenceDefinition)) {
                pushChildren(node, stack); // lists, items, quotes and unknown containers: their blocks in order
            }
        }
    }

    private static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(parent, stack);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (!(n instanceof Image || n instanceof HtmlInline)) {
                // emphasis, strong, link and extension nodes: their text. An image is not text; an
                // inline tag's text is in the sibling Text nodes.
                pushChildren(n, stack);
            }
        }
        // a dropped image or tag leaves two spaces where it stood; runs of spaces are not significant in Markdown
        return SPACES.matcher(sb).replaceAll(" ");
    }

    /** Pushes the children so that the first is popped first. */
    private static void pushChildren(Node parent, Deque<Node> stack) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(child);
        }
    }
}
