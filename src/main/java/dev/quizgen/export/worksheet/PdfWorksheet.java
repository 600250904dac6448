package dev.quizgen.export.worksheet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.quizgen.export.worksheet.Worksheet.Block;
import dev.quizgen.export.worksheet.Worksheet.Choices;
import dev.quizgen.export.worksheet.Worksheet.Item;
import dev.quizgen.export.worksheet.Worksheet.KeyEntry;
import dev.quizgen.export.worksheet.Worksheet.MatchTable;
import dev.quizgen.export.worksheet.Worksheet.OrderList;
import dev.quizgen.export.worksheet.Worksheet.Section;
import dev.quizgen.export.worksheet.Worksheet.Version;
import dev.quizgen.export.worksheet.Worksheet.WordBank;
import dev.quizgen.export.worksheet.Worksheet.WritingLines;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Renders a {@link Worksheet} as PDF with OpenPDF: DejaVu Sans embedded (subset, Identity-H),
 * "Seite X von Y" footers, title and language in the metadata. An item is measured before it is
 * placed and starts a new page when it does not fit in the rest of the current one; a section
 * heading is measured together with its first item, so it never stands alone at a page foot.
 *
 * <p>The file is laid out twice: the first pass counts the pages for "von Y". Dates, the file ID
 * and the font subset prefixes are fixed, so the same worksheet always gives the same bytes.
 */
final class PdfWorksheet {
    private static final float MARGIN = 56.7f; // 2 cm
    private static final float FOOTER_Y = 28f;
    private static final float SIZE = 10.5f;
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color LIGHT = new Color(0xF2, 0xF2, 0xF2);
    private static final Color RULE = new Color(0x80, 0x80, 0x80);
    private static final float NUMBER_WIDTH = 24f;
    private static final float POINTS_WIDTH = 52f;

    private final Worksheet sheet;
    private final byte[] regularTtf;
    private final byte[] boldTtf;

    private BaseFont regular;
    private BaseFont bold;
    private Font body;
    private Font bodyBold;
    private Font small;
    private Font smallItalic;
    private Font italic;
    private Font heading;
    private Font subheading;
    private Font titleFont;
    private Document document;
    private PdfWriter writer;

    private PdfWorksheet(Worksheet sheet) {
        this.sheet = sheet;
        this.regularTtf = resource("/fonts/DejaVuSans.ttf");
        this.boldTtf = resource("/fonts/DejaVuSans-Bold.ttf");
    }

    static void writeWorksheet(Worksheet sheet, boolean withKey, OutputStream out) throws IOException {
        new PdfWorksheet(sheet).write(true, withKey, out);
    }

    static void writeKey(Worksheet sheet, OutputStream out) throws IOException {
        new PdfWorksheet(sheet).write(false, true, out);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfWorksheet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " missing from the quizgen jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays the worksheet out, once: the page count in the footers is not known before the last
     * page, so each footer is a template that is filled in when the document closes.
     */
    private void write(boolean questions, boolean keys, OutputStream out) throws IOException {
        setUpFonts();
        Rectangle size = new Rectangle(sheet.paper().widthPt(), sheet.paper().heightPt());
        document = new Document(size, MARGIN, MARGIN, MARGIN, MARGIN);
        // closing the document closes the stream it writes to; the caller's stream is the caller's to close
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writer = PdfWriter.getInstance(document, bytes);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setPageEvent(new Footer());
            document.addTitle(sheet.title());
            document.addCreator("quizgen");
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(sheet.text().languageTag()));
            fixDatesAndId();
            boolean first = true;
            if (questions) {
                for (Version v : sheet.versions()) {
                    if (!first) {
                        document.newPage();
                    }
                    first = false;
                    version(v);
                }
            }
            if (keys) {
                for (Version v : sheet.versions()) {
                    if (!first) {
                        document.newPage();
                    }
                    first = false;
                    key(v);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot lay out the PDF worksheet: " + e.getMessage(), e);
        }
        out.write(bytes.toByteArray());
    }

    private void setUpFonts() throws IOException {
        try {
            regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    regularTtf, null);
            bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    boldTtf, null);
        } catch (DocumentException e) {
            throw new IOException("Cannot load the embedded DejaVu Sans font: " + e.getMessage(), e);
        }
        // subset prefixes (ABCDEF+DejaVuSans) come from this generator: seeded, so bytes repeat
        regular.setSecureRandom(seeded(1));
        bold.setSecureRandom(seeded(2));
        body = new Font(regular, SIZE);
        bodyBold = new Font(bold, SIZE);
        small = new Font(regular, 8.5f, Font.NORMAL, GREY);
        smallItalic = new Font(regular, 8.5f, Font.ITALIC, GREY);
        italic = new Font(regular, SIZE, Font.ITALIC);
        heading = new Font(bold, 13f);
        subheading = new Font(bold, 12f);
        titleFont = new Font(bold, 18f);
    }

    private static SecureRandom seeded(int salt) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(new byte[] {'q', 'u', 'i', 'z', (byte) salt});
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
        }
    }

    private void fixDatesAndId() {
        if (sheet.date() != null) {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(sheet.date().toEpochMilli());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(c));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(c));
        } else {
            writer.getInfo().remove(PdfName.CREATIONDATE);
            writer.getInfo().remove(PdfName.MODDATE);
        }
        byte[] id = documentId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** A file ID from the worksheet's content instead of the clock. */
    private byte[] documentId() {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update(sheet.title().getBytes(StandardCharsets.UTF_8));
            for (Version v : sheet.versions()) {
                for (Item i : v.items()) {
                    md.update(i.stem().getBytes(StandardCharsets.UTF_8));
                    md.update(i.key().answer().getBytes(StandardCharsets.UTF_8));
                }
            }
            sheet.article().forEach(p -> p.forEach(l -> md.update(l.getBytes(StandardCharsets.UTF_8))));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /**
     * "Seite X von Y", centred at the page foot: every page gets an empty template there, and
     * when the document closes and Y is known, each template gets its text.
     */
    private final class Footer extends PdfPageEventHelper {
        /** Template height and the text's baseline in it: room for the small font's ascent and descent. */
        private static final float HEIGHT = 16f;
        private static final float BASELINE = 5f;
        private final List<PdfTemplate> footers = new ArrayList<>();

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            PdfTemplate t = w.getDirectContent().createTemplate(d.right() - d.left(), HEIGHT);
            w.getDirectContent().addTemplate(t, d.left(), FOOTER_Y - BASELINE);
            footers.add(t);
        }

        @Override
        public void onCloseDocument(PdfWriter w, Document d) {
            for (int page = 1; page <= footers.size(); page++) {
                PdfTemplate t = footers.get(page - 1);
                ColumnText.showTextAligned(t, Element.ALIGN_CENTER, new Phrase(sheet.text().pageOf(page, footers.size()), small),
                        t.getWidth() / 2, BASELINE, 0);
            }
        }
    }

    private float width() {
        return document.right() - document.left();
    }

    // ------------------------------------------------------------------ layout helpers

    private PdfPTable table(float[] widths, float total) {
        PdfPTable t = new PdfPTable(widths.length);
        try {
            t.setTotalWidth(widths.length == 1 ? new float[] {total} : scale(widths, total));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        t.setSplitLate(true);
        return t;
    }

    private static float[] scale(float[] widths, float total) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        float[] out = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            out[i] = widths[i] * total / sum;
        }
        return out;
    }

    private static PdfPCell cell(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingBottom(3);
        c.setUseAscender(true);
        return c;
    }

    /** A paragraph with the body's fixed leading: number, stem and points of an item share a baseline. */
    private static Paragraph line(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(SIZE * 1.3f, text, font);
        p.setAlignment(alignment);
        return p;
    }

    private static PdfPCell lineCell(String text, Font font, int alignment) {
        PdfPCell c = composite();
        c.addElement(line(text, font, alignment));
        return c;
    }

    private static PdfPCell composite() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    /** Adds a group of tables; starts a new page first when the group does not fit but would on an empty one. */
    private void place(List<PdfPTable> group) throws DocumentException {
        float height = 0;
        for (PdfPTable t : group) {
            height += t.getTotalHeight() + t.spacingBefore() + t.spacingAfter();
        }
        float left = writer.getVerticalPosition(true) - document.bottom();
        float page = document.top() - document.bottom();
        if (height > left && height <= page) {
            document.newPage();
        }
        for (PdfPTable t : group) {
            document.add(t);
        }
    }

    private PdfPTable wrap(Element... elements) {
        PdfPTable t = table(new float[] {1}, width());
        PdfPCell c = composite();
        for (Element e : elements) {
            c.addElement(e);
        }
        t.addCell(c);
        return t;
    }

    // ------------------------------------------------------------------ content

    private void version(Version v) throws DocumentException {
        List<PdfPTable> head = new ArrayList<>();
        head.add(titleBlock(sheet.labelledVersions() ? sheet.text().version(v.letter()) : null));
        PdfPTable names = table(new float[] {1}, width());
        PdfPCell n = cell(new Phrase(sheet.text().name() + ": ______________________________   "
                + sheet.text().schoolClass() + ": ________   " + sheet.text().date() + ": ______________", body));
        n.setPaddingBottom(6);
        names.addCell(n);
        PdfPCell score = cell(new Phrase(sheet.text().scoreLine(v.totalPoints()), bodyBold));
        score.setHorizontalAlignment(Element.ALIGN_RIGHT);
        score.setPaddingBottom(8);
        names.addCell(score);
        head.add(names);
        place(head);
        if (!sheet.article().isEmpty()) {
            place(List.of(headingTable(sheet.text().article(), null, heading)));
            document.add(article());
        }
        if (v.sections().isEmpty()) {
            document.add(new Paragraph(sheet.text().noQuestions(), body));
        }
        for (Section s : v.sections()) {
            List<PdfPTable> group = new ArrayList<>();
            PdfPTable h = headingTable(s.heading(), sheet.text().points(s.points()), heading);
            PdfPCell instr = cell(new Phrase(s.instruction(), italic));
            instr.setColspan(2);
            instr.setPaddingBottom(6);
            h.addCell(instr);
            group.add(h);
            if (!s.wordBank().isEmpty()) {
                PdfPTable wb = table(new float[] {1}, width());
                wb.addCell(wordBankCell(s.wordBank(), 0));
                wb.setSpacingAfter(4);
                group.add(wb);
            }
            boolean firstItem = true;
            for (Item item : s.items()) {
                if (firstItem) {
                    group.add(item(item));
                    place(group);
                    firstItem = false;
                } else {
                    place(List.of(item(item)));
                }
            }
            if (firstItem) {
                place(group);
            }
        }
    }

    private PdfPTable titleBlock(String subtitle) {
        PdfPTable t = table(new float[] {1}, width());
        PdfPCell title = cell(new Phrase(sheet.title(), titleFont));
        title.setPaddingBottom(6);
        t.addCell(title);
        if (subtitle != null) {
            PdfPCell s = cell(new Phrase(subtitle, subheading));
            s.setPaddingBottom(6);
            t.addCell(s);
        }
        return t;
    }

    private PdfPTable headingTable(String text, String right, Font font) {
        PdfPTable t = table(new float[] {width() - POINTS_WIDTH - 20, POINTS_WIDTH + 20}, width());
        PdfPCell l = cell(new Phrase(text, font));
        l.setPaddingTop(12);
        l.setPaddingBottom(4);
        t.addCell(l);
        PdfPCell r = cell(new Phrase(right == null ? "" : right, font));
        r.setHorizontalAlignment(Element.ALIGN_RIGHT);
        r.setPaddingTop(12);
        r.setPaddingBottom(4);
        t.addCell(r);
        return t;
    }

    private PdfPCell wordBankCell(List<String> words, float indent) {
        Phrase p = new Phrase();
        p.add(new Chunk(sheet.text().wordBank() + ":", bodyBold));
        p.add(new Chunk("   " + String.join("   ·   ", words), body));
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.6f);
        c.setBackgroundColor(LIGHT);
        c.setPadding(6);
        c.setPaddingLeft(6 + indent);
        c.setLeading(0, 1.4f);
        c.setUseAscender(true);
        return c;
    }

    /** One item: number | stem and blocks | points, as a one-row table that is never split. */
    private PdfPTable item(Item item) {
        float contentWidth = width() - NUMBER_WIDTH - POINTS_WIDTH;
        PdfPTable t = table(new float[] {NUMBER_WIDTH, contentWidth, POINTS_WIDTH}, width());
        t.setSpacingBefore(8);
        t.addCell(lineCell(item.number() + ".", bodyBold, Element.ALIGN_LEFT));
        PdfPCell content = composite();
        content.addElement(line(item.stem(), body, Element.ALIGN_LEFT));
        for (Block b : item.blocks()) {
            content.addElement(block(b, contentWidth));
        }
        t.addCell(content);
        t.addCell(lineCell(sheet.text().points(item.points()), small, Element.ALIGN_RIGHT));
        return t;
    }

    private PdfPTable block(Block b, float w) {
        if (b instanceof Choices c) {
            PdfPTable t = table(filled(c.columns()), w);
            t.setSpacingBefore(4);
            for (int i = 0; i < c.texts().size(); i++) {
                String label = c.labels().get(i);
                PdfPTable opt = table(label.isEmpty() ? new float[] {16, w / c.columns() - 16}
                        : new float[] {16, 18, w / c.columns() - 34}, w / c.columns());
                opt.addCell(cell(new Phrase("☐", body)));
                if (!label.isEmpty()) {
                    opt.addCell(cell(new Phrase(label, body)));
                }
                opt.addCell(cell(new Phrase(c.texts().get(i), body)));
                PdfPCell holder = composite();
                holder.addElement(opt);
                t.addCell(holder);
            }
            t.completeRow();
            return t;
        }
        if (b instanceof WritingLines wl) {
            PdfPTable t = table(new float[] {1}, w);
            for (int i = 0; i < wl.count(); i++) {
                PdfPCell line = new PdfPCell(new Phrase(" ", body));
                line.setBorder(Rectangle.BOTTOM);
                line.setBorderColor(RULE);
                line.setBorderWidth(0.6f);
                line.setFixedHeight(24);
                t.addCell(line);
            }
            return t;
        }
        if (b instanceof WordBank wb) {
            PdfPTable t = table(new float[] {1}, w);
            t.setSpacingBefore(6);
            t.addCell(wordBankCell(wb.words(), 0));
            return t;
        }
        if (b instanceof MatchTable m) {
            PdfPTable t = table(new float[] {18, w / 2 - 18, 18, w / 2 - 18}, w);
            t.setSpacingBefore(4);
            int rows = Math.max(m.left().size(), m.right().size());
            for (int r = 0; r < rows; r++) {
                t.addCell(cell(new Phrase(r < m.left().size() ? (r + 1) + "." : "", body)));
                t.addCell(cell(new Phrase(r < m.left().size() ? m.left().get(r) + "  → ____" : "", body)));
                t.addCell(cell(new Phrase(r < m.right().size() ? (char) ('A' + r) + ")" : "", body)));
                t.addCell(cell(new Phrase(r < m.right().size() ? m.right().get(r) : "", body)));
            }
            return t;
        }
        if (b instanceof OrderList o) {
            PdfPTable t = table(new float[] {34, w - 34}, w);
            t.setSpacingBefore(4);
            for (String s : o.items()) {
                t.addCell(cell(new Phrase("____", body)));
                t.addCell(cell(new Phrase(s, body)));
            }
            return t;
        }
        throw new IllegalStateException("unknown block " + b);
    }

    private static float[] filled(int n) {
        float[] f = new float[n];
        Arrays.fill(f, 1f);
        return f;
    }

    /** The article's lines as planned, every 5th numbered in a narrow column on the left. */
    private PdfPTable article() {
        float numWidth = ArticleLines.NUMBER_COLUMN;
        PdfPTable t = table(new float[] {numWidth, width() - numWidth}, width());
        t.setSplitLate(false);
        int line = 0;
        for (int p = 0; p < sheet.article().size(); p++) {
            for (String l : sheet.article().get(p)) {
                line++;
                PdfPCell num = cell(new Phrase(line % 5 == 0 ? String.valueOf(line) : "", small));
                num.setHorizontalAlignment(Element.ALIGN_RIGHT);
                num.setPaddingRight(8);
                num.setFixedHeight(ArticleLines.LINE_HEIGHT);
                t.addCell(num);
                PdfPCell text = cell(new Phrase(l, body));
                text.setFixedHeight(ArticleLines.LINE_HEIGHT);
                t.addCell(text);
            }
            if (p < sheet.article().size() - 1) {
                PdfPCell gap = cell(new Phrase(""));
                gap.setColspan(2);
                gap.setFixedHeight(ArticleLines.PARAGRAPH_GAP);
                t.addCell(gap);
            }
        }
        return t;
    }

    private void key(Version v) throws DocumentException {
        place(List.of(titleBlock(sheet.text().answerKey()
                + (sheet.labelledVersions() ? " – " + sheet.text().version(v.letter()) : ""))));
        if (v.sections().isEmpty()) {
            document.add(new Paragraph(sheet.text().noQuestions(), body));
        }
        for (Section s : v.sections()) {
            PdfPTable h = headingTable(s.heading(), sheet.text().points(s.points()), subheading);
            boolean first = true;
            for (Item item : s.items()) {
                PdfPTable e = keyEntry(item.key());
                place(first ? List.of(h, e) : List.of(e));
                first = false;
            }
        }
    }

    private PdfPTable keyEntry(KeyEntry k) {
        float contentWidth = width() - NUMBER_WIDTH - POINTS_WIDTH;
        PdfPTable t = table(new float[] {NUMBER_WIDTH, contentWidth, POINTS_WIDTH}, width());
        t.setSpacingBefore(4);
        t.addCell(lineCell(k.number() + ".", bodyBold, Element.ALIGN_LEFT));
        PdfPCell content = composite();
        content.addElement(line(k.answer(), body, Element.ALIGN_LEFT));
        if (k.source() != null) {
            Paragraph src = new Paragraph(sheet.text().source() + ": " + sheet.text().quote(k.source()), smallItalic);
            src.setLeading(8.5f * 1.3f);
            content.addElement(src);
        }
        t.addCell(content);
        t.addCell(lineCell(sheet.text().points(k.points()), small, Element.ALIGN_RIGHT));
        return t;
    }
}
