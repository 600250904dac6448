package dev.quizgen.article.format;

import dev.quizgen.QuizgenException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * .docx (Word, LibreOffice): the body's paragraphs in order, table cells and content controls
 * included, empty paragraphs skipped; headers, footers and footnotes are not article text. The first
 * paragraph in the Title style, else the first in Heading 1, is the title and left out of the text.
 */
public final class DocxFormat implements ArticleFormat {
    private static final String RESAVE = "Open it in Word or LibreOffice and save it again as .docx, or save the text as .txt.";

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public String displayName() {
        return "Word document";
    }

    @Override
    public long maxBytes() {
        return 10L * TEXT_MAX_BYTES; // pictures make documents large; the text limit is checked after extraction
    }

    @Override
    public ExtractedText extract(byte[] bytes, String fileName, Consumer<String> warnings) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw oldOrEncrypted(bytes, fileName);
        }
        if (magic != FileMagic.OOXML) {
            throw new QuizgenException("'" + fileName + "' is not a Word document (.docx): it is damaged or has the wrong "
                    + "extension. " + RESAVE);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> blocks = new ArrayList<>();
            collect(doc.getBodyElements(), blocks);
            XWPFParagraph titleParagraph = titleParagraph(doc, blocks);
            List<String> text = new ArrayList<>();
            for (Block b : blocks) {
                if (b.paragraph() == null || b.paragraph() != titleParagraph) {
                    text.add(b.text());
                }
            }
            return ExtractedText.ofParagraphs(text, titleParagraph == null ? null : titleParagraph.getText());
        } catch (IOException | RuntimeException e) {
            // POI reports a broken package with many exception types; the user's remedy is the same for all
            throw new QuizgenException("'" + fileName + "' cannot be opened as a Word document (.docx): it seems damaged. "
                    + RESAVE, e);
        }
    }

    /** One paragraph of text in body order; {@code paragraph} is null for a content control. */
    private record Block(String text, XWPFParagraph paragraph) {
    }

    private static void collect(List<IBodyElement> elements, List<Block> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                String text = p.getText();
                if (!text.isBlank()) {
                    out.add(new Block(text, p));
                }
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            } else if (element instanceof XWPFSDT sdt) {
                out.add(new Block(sdt.getContent().getText(), null));
            }
        }
    }

    /** The first Title paragraph, else the first Heading 1; null when there is neither. */
    private static XWPFParagraph titleParagraph(XWPFDocument doc, List<Block> blocks) {
        XWPFParagraph heading1 = null;
        for (Block b : blocks) {
            XWPFParagraph p = b.paragraph();
            if (p == null) {
                continue;
            }
            String style = styleName(doc, p);
            if (style.equals("title")) {
                return p;
            }
            if (heading1 == null && style.equals("heading1")) {
                heading1 = p;
            }
        }
        return heading1;
    }

    /**
     * The built-in style's name, lower case without spaces: "title", "heading1". The name, not the id,
     * because a German Word writes ids like "berschrift1" but keeps the built-in name "heading 1".
     */
    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        return name.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static QuizgenException oldOrEncrypted(byte[] bytes, String fileName) {
        boolean encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            // an encrypted .docx is an OLE2 container holding the encrypted package
            encrypted = fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return new QuizgenException("'" + fileName + "' cannot be opened as a Word document (.docx): it seems damaged. "
                    + RESAVE, e);
        }
        if (encrypted) {
            return new QuizgenException("'" + fileName + "' is protected with a password. Remove the password in Word "
                    + "(File > Info > Protect Document) or LibreOffice and save it again, or save the text as .txt.");
        }
        return new QuizgenException("'" + fileName + "' is an old Word 97-2003 document, not .docx. "
                + "Open it in Word or LibreOffice and save it as .docx.");
    }
}
