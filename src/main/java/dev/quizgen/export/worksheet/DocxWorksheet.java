package dev.quizgen.export.worksheet;

import dev.quizgen.export.Markup;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders a {@link Worksheet} as a Word document with real structure: named styles (Title,
 * Heading 1/2, List Number, …), a numbering part for the question numbers (restarting with each
 * version), one section per version and per key (a section break starts each on a new page),
 * page size and margins, a "Seite X von Y" footer with PAGE/NUMPAGES fields. A printed article
 * comes as the planned lines, one paragraph each with its number in front, so the numbers match
 * the PDF's (Word's own line numbering cannot restart per version in LibreOffice and counts
 * lines of its own layout). Questions are kept on one page with keep-with-next, keep-lines and
 * rows that cannot split.
 *
 * <p>The WordprocessingML is written directly: a worksheet needs a dozen element shapes, and
 * POI's XWPF loads the whole OOXML schema type system on first use, over half a second of CPU
 * in every run of the command line. The tests validate every part against the ECMA-376 schemas.
 */
final class DocxWorksheet {
    private static final String FONT = "Arial";
    private static final String BOX_FONT = "MS Gothic";
    private static final int MARGIN = 1134; // 2 cm
    private static final int INDENT = 454;  // 0.8 cm: question text right of its number
    private static final int BOX_INDENT = 340;
    private static final String GREY = "595959";
    /** Twips: where an article line's text starts, right of its number (the PDF's number column). */
    private static final int ARTICLE_TEXT = Math.round(ArticleLines.NUMBER_COLUMN * 20);
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String FOOTER_ID = "rId4";

    private final Worksheet sheet;
    private final int textWidth;
    private final StringBuilder body = new StringBuilder();
    /** The w:num elements made so far: one per version, each restarting the question numbers at 1. */
    private int numbers;

    private DocxWorksheet(Worksheet sheet) {
        this.sheet = sheet;
        this.textWidth = sheet.paper().widthTwips() - 2 * MARGIN;
    }

    /** Writes the worksheet: every version and, unless {@code keySeparate}, the keys after them. */
    static void writeWorksheet(Worksheet sheet, boolean withKey, OutputStream out) throws IOException {
        new DocxWorksheet(sheet).render(true, withKey, out);
    }

    /** Writes the answer keys alone ({@code BASE.key.docx}). */
    static void writeKey(Worksheet sheet, OutputStream out) throws IOException {
        new DocxWorksheet(sheet).render(false, true, out);
    }

    private void render(boolean questions, boolean keys, OutputStream out) throws IOException {
        List<Runnable> parts = new ArrayList<>();
        if (questions) {
            for (Version v : sheet.versions()) {
                parts.add(() -> version(v));
            }
        }
        if (keys) {
            for (Version v : sheet.versions()) {
                parts.add(() -> key(v));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).run();
            if (i < parts.size() - 1) {
                // the section break lives in the last paragraph of the section it ends;
                // 1 pt high: a full last page must not spill this empty line onto a blank page
                new Paragraph().spacingAfter(0).exactLineHeight(1).sectionEnd(sectPr()).writeTo(body);
            } else {
                body.append(sectPr());
            }
        }
        writePackage(out);
    }

    // ------------------------------------------------------------------ the package

    /**
     * The zip with the parts in a fixed order, every entry stamped with the bank's date (or a
     * fixed one), so the same worksheet gives the same bytes.
     */
    private void writePackage(OutputStream out) throws IOException {
        // local DOS time, independent of the machine's time zone
        LocalDateTime time = LocalDateTime.ofInstant(sheet.date() == null ? Instant.parse("1980-01-01T12:00:00Z") : sheet.date(),
                ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            writeParts(zip, time);
        }
        out.write(bytes.toByteArray());
    }

    private void writeParts(ZipOutputStream zip, LocalDateTime time) throws IOException {
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        String types = "application/vnd.openxmlformats-officedocument.";
        part(zip, time, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/docProps/app.xml", types + "extended-properties+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/word/document.xml", types + "wordprocessingml.document.main+xml")
                + override("/word/footer1.xml", types + "wordprocessingml.footer+xml")
                + override("/word/numbering.xml", types + "wordprocessingml.numbering+xml")
                + override("/word/settings.xml", types + "wordprocessingml.settings+xml")
                + override("/word/styles.xml", types + "wordprocessingml.styles+xml")
                + "</Types>");
        part(zip, time, "_rels/.rels", relationships(
                relationship("rId1", "word/document.xml", rels + "officeDocument"),
                relationship("rId2", "docProps/app.xml", rels + "extended-properties"),
                relationship("rId3", "docProps/core.xml",
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")));
        part(zip, time, "docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>quizgen</Application></Properties>");
        part(zip, time, "docProps/core.xml", coreProperties());
        part(zip, time, "word/document.xml", "<w:document " + W_NS
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + body + "</w:body></w:document>");
        part(zip, time, "word/_rels/document.xml.rels", relationships(
                relationship("rId1", "settings.xml", rels + "settings"),
                relationship("rId2", "styles.xml", rels + "styles"),
                relationship("rId3", "numbering.xml", rels + "numbering"),
                relationship(FOOTER_ID, "footer1.xml", rels + "footer")));
        part(zip, time, "word/footer1.xml", footer());
        part(zip, time, "word/numbering.xml", numbering());
        part(zip, time, "word/settings.xml", "<w:settings " + W_NS + "/>");
        part(zip, time, "word/styles.xml", styles());
    }

    private static void part(ZipOutputStream zip, LocalDateTime time, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write((XML_DECLARATION + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String override(String part, String contentType) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
    }

    private static String relationships(String... relationships) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + String.join("", relationships) + "</Relationships>";
    }

    private static String relationship(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    private String coreProperties() {
        StringBuilder b = new StringBuilder("<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        String date = sheet.date() == null ? null : sheet.date().truncatedTo(ChronoUnit.SECONDS).toString();
        if (date != null) {
            b.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:created>");
        }
        b.append("<dc:creator>quizgen</dc:creator>");
        b.append("<dc:language>").append(Markup.xml(sheet.text().languageTag())).append("</dc:language>");
        if (date != null) {
            b.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:modified>");
        }
        b.append("<dc:title>").append(Markup.xml(sheet.title())).append("</dc:title>");
        return b.append("</cp:coreProperties>").toString();
    }

    // ------------------------------------------------------------------ styles, numbering, footer

    private String styles() {
        String lang = Markup.xml(sheet.text().languageTag());
        String articleLine = "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + (ARTICLE_TEXT - 170) + "\"/>"
                + "<w:tab w:val=\"left\" w:pos=\"" + ARTICLE_TEXT + "\"/></w:tabs>"
                + "<w:spacing w:after=\"0\" w:line=\"" + Math.round(ArticleLines.LINE_HEIGHT * 20) + "\" w:lineRule=\"exact\"/>"
                + "<w:ind w:left=\"" + ARTICLE_TEXT + "\" w:hanging=\"" + ARTICLE_TEXT + "\"/>";
        return "<w:styles " + W_NS + ">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:cs=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\"/>"
                + "<w:sz w:val=\"21\"/>" // 10.5 pt, as the PDF
                + "<w:lang w:val=\"" + lang + "\" w:bidi=\"" + lang + "\"/>"
                + "</w:rPr></w:rPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:style>"
                + style("Title", "Title", "<w:qFormat/>", "<w:keepNext/><w:spacing w:after=\"120\"/>", "<w:b/><w:sz w:val=\"36\"/>")
                + style("Subtitle", "Subtitle", "<w:qFormat/>", "<w:keepNext/>", "<w:b/><w:sz w:val=\"26\"/>")
                + heading("Heading1", "heading 1", 0, 28, 280)
                + heading("Heading2", "heading 2", 1, 24, 200)
                + style("Instruction", "Instruction", "", "<w:keepNext/><w:spacing w:after=\"120\"/>", "<w:i/>")
                + style("ListNumber", "List Number", "", "<w:keepNext/><w:keepLines/><w:spacing w:before=\"120\"/>"
                        + "<w:ind w:left=\"" + INDENT + "\" w:hanging=\"" + INDENT + "\"/>", "")
                // one printed article line: exact height, number right-aligned in front, text at ARTICLE_TEXT
                + style("ArticleLine", "Article Line", "", articleLine, "")
                + style("KeySource", "Key Source", "", "<w:keepLines/><w:spacing w:after=\"100\"/><w:ind w:left=\"" + INDENT + "\"/>",
                        "<w:i/><w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"18\"/>")
                + style("Footer", "footer", "", "<w:jc w:val=\"center\"/>", "<w:sz w:val=\"18\"/>")
                + "</w:styles>";
    }

    /** A paragraph style based on Normal; {@code extra} comes after the name (uiPriority, qFormat). */
    private static String style(String id, String name, String extra, String paragraph, String run) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>" + extra
                + (paragraph.isEmpty() ? "" : "<w:pPr>" + paragraph + "</w:pPr>")
                + (run.isEmpty() ? "" : "<w:rPr>" + run + "</w:rPr>") + "</w:style>";
    }

    private static String heading(String id, String name, int level, int halfPoints, int before) {
        return style(id, name, "<w:uiPriority w:val=\"9\"/><w:qFormat/>",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"60\"/><w:outlineLvl w:val=\"" + level + "\"/>",
                "<w:b/><w:sz w:val=\"" + halfPoints + "\"/>");
    }

    /** "List Number": decimal "1." with a hanging indent; each version gets its own w:num restarting at 1. */
    private String numbering() {
        StringBuilder b = new StringBuilder("<w:numbering " + W_NS + ">"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:name w:val=\"List Number\"/><w:lvl w:ilvl=\"0\">"
                + "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"" + INDENT + "\" w:hanging=\"" + INDENT + "\"/></w:pPr><w:rPr><w:b/></w:rPr>"
                + "</w:lvl></w:abstractNum>");
        for (int id = 1; id <= numbers; id++) {
            b.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"1\"/>")
                    .append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        }
        return b.append("</w:numbering>").toString();
    }

    private String footer() {
        Paragraph p = new Paragraph().style("Footer").align("center")
                .run(new Run().text(sheet.text().pagePrefix()));
        field(p, "PAGE");
        p.run(new Run().text(sheet.text().pageMiddle()));
        field(p, "NUMPAGES");
        StringBuilder b = new StringBuilder("<w:ftr " + W_NS + ">");
        p.writeTo(b);
        return b.append("</w:ftr>").toString();
    }

    /** A PAGE or NUMPAGES field, showing 1 until the word processor updates it. */
    private static void field(Paragraph p, String instruction) {
        p.run(new Run().raw("<w:fldChar w:fldCharType=\"begin\"/>"));
        p.run(new Run().raw("<w:instrText> " + instruction + " </w:instrText>"));
        p.run(new Run().raw("<w:fldChar w:fldCharType=\"separate\"/>"));
        p.run(new Run().text("1"));
        p.run(new Run().raw("<w:fldChar w:fldCharType=\"end\"/>"));
    }

    /** Page size, margins and footer of one section. */
    private String sectPr() {
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"" + FOOTER_ID + "\"/>"
                + "<w:pgSz w:w=\"" + sheet.paper().widthTwips() + "\" w:h=\"" + sheet.paper().heightTwips() + "\"/>"
                + "<w:pgMar w:top=\"" + MARGIN + "\" w:bottom=\"" + MARGIN + "\" w:left=\"" + MARGIN + "\" w:right=\"" + MARGIN
                + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";
    }

    // ------------------------------------------------------------------ content

    private void version(Version v) {
        titleBlock(sheet.labelledVersions() ? sheet.text().version(v.letter()) : null);
        new Paragraph().spacingAfter(60)
                .run(new Run().text(sheet.text().name() + ": ______________________________   "
                        + sheet.text().schoolClass() + ": ________   " + sheet.text().date() + ": ______________"))
                .writeTo(body);
        new Paragraph().spacingAfter(120).align("right")
                .run(new Run().bold().text(sheet.text().scoreLine(v.totalPoints())))
                .writeTo(body);
        if (!sheet.article().isEmpty()) {
            heading("Heading1", sheet.text().article(), null);
            int line = 0;
            for (int i = 0; i < sheet.article().size(); i++) {
                List<String> lines = sheet.article().get(i);
                for (int j = 0; j < lines.size(); j++) {
                    line++;
                    Paragraph p = new Paragraph().style("ArticleLine");
                    if (j == lines.size() - 1 && i < sheet.article().size() - 1) {
                        p.spacingAfter(Math.round(ArticleLines.PARAGRAPH_GAP * 20));
                    }
                    Run number = new Run().tab();
                    if (line % 5 == 0) {
                        number = new Run().halfPoints(17).color(GREY).tab().text(String.valueOf(line));
                    }
                    p.run(number).run(new Run().tab().text(lines.get(j))).writeTo(body);
                }
            }
        }
        if (v.sections().isEmpty()) {
            new Paragraph().run(new Run().text(sheet.text().noQuestions())).writeTo(body);
        }
        int numId = ++numbers;
        for (Section s : v.sections()) {
            heading("Heading1", s.heading(), sheet.text().points(s.points()));
            new Paragraph().style("Instruction").run(new Run().text(s.instruction())).writeTo(body);
            if (!s.wordBank().isEmpty()) {
                wordBank(s.wordBank(), true);
            }
            for (Item item : s.items()) {
                item(item, numId);
            }
        }
    }

    private void titleBlock(String subtitle) {
        new Paragraph().style("Title").run(new Run().text(sheet.title())).writeTo(body);
        if (subtitle != null) {
            new Paragraph().style("Subtitle").run(new Run().text(subtitle)).writeTo(body);
        }
    }

    private void heading(String style, String text, String right) {
        Paragraph h = new Paragraph().style(style).run(new Run().text(text));
        if (right != null) {
            h.tab("right", textWidth).run(new Run().tab().text(right));
        }
        h.writeTo(body);
    }

    private void item(Item item, int numId) {
        List<Block> blocks = item.blocks();
        Paragraph stem = new Paragraph().style("ListNumber").keepNext(!blocks.isEmpty()).keepLines().numbered(numId)
                .tab("right", textWidth)
                .run(new Run().text(item.stem()))
                .run(new Run().color(GREY).tab().text(sheet.text().points(item.points())));
        if (!blocks.isEmpty() && blocks.get(0) instanceof WordBank) {
            stem.spacingAfter(100); // the passage's word bank box must not touch its last line
        }
        stem.writeTo(body);
        for (int i = 0; i < blocks.size(); i++) {
            boolean last = i == blocks.size() - 1;
            Block b = blocks.get(i);
            if (b instanceof Choices c) {
                choices(c, last);
            } else if (b instanceof WritingLines w) {
                writingLines(w.count(), last);
            } else if (b instanceof WordBank wb) {
                wordBank(wb.words(), !last);
            } else if (b instanceof MatchTable m) {
                matchTable(m, last);
            } else if (b instanceof OrderList o) {
                orderList(o, last);
            }
        }
    }

    /** The paragraph of a table cell, kept with the next row unless this is the item's last row. */
    private static Paragraph cellParagraph(boolean keepNext) {
        return new Paragraph().keepNext(keepNext).keepLines().spacingAfter(0);
    }

    private void choices(Choices c, boolean lastBlock) {
        int cols = c.columns();
        int rows = (c.texts().size() + cols - 1) / cols;
        int[] widths = new int[cols];
        java.util.Arrays.fill(widths, (textWidth - INDENT) / cols);
        Table t = new Table(widths, false);
        for (int r = 0; r < rows; r++) {
            List<Paragraph> cells = new ArrayList<>();
            for (int i = r * cols; i < Math.min((r + 1) * cols, c.texts().size()); i++) {
                String label = c.labels().get(i);
                // the box and letter hang left of the option text, so wrapped lines align
                int hang = label.isEmpty() ? BOX_INDENT : 2 * BOX_INDENT;
                // Arial has no ☐; MS Gothic (Windows, Office for Mac) is what Word's own check boxes use
                Paragraph p = cellParagraph(!(lastBlock && r == rows - 1)).indent(hang, hang).tab("left", BOX_INDENT)
                        .run(new Run().font(BOX_FONT).text("☐").tab());
                if (!label.isEmpty()) {
                    p.run(new Run().text(label).tab());
                }
                cells.add(p.run(new Run().text(c.texts().get(i))));
            }
            t.row(cells);
        }
        t.writeTo(body);
    }

    private void writingLines(int count, boolean lastBlock) {
        for (int i = 0; i < count; i++) {
            // exact height: every ruled line the same distance below the one before
            new Paragraph().indent(INDENT, 0).spacingBefore(0).spacingAfter(0).exactLineHeight(22).ruled()
                    .keepNext(!(lastBlock && i == count - 1)).keepLines()
                    .writeTo(body);
        }
    }

    private void wordBank(List<String> words, boolean keepNext) {
        Table t = new Table(new int[] {textWidth - INDENT}, true);
        t.shaded();
        t.row(List.of(cellParagraph(keepNext).spacingBefore(60).spacingAfter(60)
                .run(new Run().bold().text(sheet.text().wordBank() + ":"))
                .run(new Run().text("   " + String.join("   ·   ", words)))));
        t.writeTo(body);
        // a thin paragraph: Word joins two tables that touch, and the word bank needs a little air
        new Paragraph().spacingAfter(0).exactLineHeight(6).keepNext(keepNext).writeTo(body);
    }

    private void matchTable(MatchTable m, boolean lastBlock) {
        int rows = Math.max(m.left().size(), m.right().size());
        int half = (textWidth - INDENT) / 2;
        Table t = new Table(new int[] {half, half}, false);
        for (int r = 0; r < rows; r++) {
            boolean keep = !(lastBlock && r == rows - 1);
            Paragraph left = cellParagraph(keep);
            if (r < m.left().size()) {
                left.indent(BOX_INDENT, BOX_INDENT).run(new Run().text((r + 1) + "."))
                        .run(new Run().tab().text(m.left().get(r) + "  → ____"));
            }
            Paragraph right = cellParagraph(keep);
            if (r < m.right().size()) {
                right.indent(BOX_INDENT, BOX_INDENT).run(new Run().text((char) ('A' + r) + ")"))
                        .run(new Run().tab().text(m.right().get(r)));
            }
            t.row(List.of(left, right));
        }
        t.writeTo(body);
    }

    private void orderList(OrderList o, boolean lastBlock) {
        for (int i = 0; i < o.items().size(); i++) {
            new Paragraph().indent(INDENT + 2 * BOX_INDENT, 2 * BOX_INDENT).spacingAfter(40)
                    .keepNext(!(lastBlock && i == o.items().size() - 1)).keepLines()
                    .run(new Run().text("____").tab())
                    .run(new Run().text(o.items().get(i)))
                    .writeTo(body);
        }
    }

    private void key(Version v) {
        titleBlock(sheet.text().answerKey() + (sheet.labelledVersions() ? " – " + sheet.text().version(v.letter()) : ""));
        if (v.sections().isEmpty()) {
            new Paragraph().run(new Run().text(sheet.text().noQuestions())).writeTo(body);
        }
        for (Section s : v.sections()) {
            heading("Heading2", s.heading(), sheet.text().points(s.points()));
            for (Item item : s.items()) {
                KeyEntry k = item.key();
                new Paragraph().indent(INDENT, INDENT).spacingAfter(k.source() == null ? 100 : 0)
                        .keepNext(k.source() != null).keepLines().tab("right", textWidth)
                        .run(new Run().bold().text(k.number() + "."))
                        .run(new Run().tab().text(k.answer()))
                        .run(new Run().color(GREY).tab().text(sheet.text().points(k.points())))
                        .writeTo(body);
                if (k.source() != null) {
                    new Paragraph().style("KeySource")
                            .run(new Run().text(sheet.text().source() + ": " + sheet.text().quote(k.source())))
                            .writeTo(body);
                }
            }
        }
    }

    // ------------------------------------------------------------------ elements

    /** A w:p: its properties, written in the order the schema requires (CT_PPrBase), then its runs. */
    private static final class Paragraph {
        private String style;
        private Boolean keepNext;
        private boolean keepLines;
        private int numId;
        private boolean ruled;
        private final StringBuilder tabs = new StringBuilder();
        private Integer before;
        private Integer after;
        private Integer exactLine;
        private Integer left;
        private Integer hanging;
        private String align;
        private String sectPr;
        private final StringBuilder runs = new StringBuilder();

        Paragraph style(String id) {
            style = id;
            return this;
        }

        /** Set explicitly either way: a paragraph style may keep with the next paragraph by default. */
        Paragraph keepNext(boolean keep) {
            keepNext = keep;
            return this;
        }

        Paragraph keepLines() {
            keepLines = true;
            return this;
        }

        /** A question number of the list {@code numId}. */
        Paragraph numbered(int id) {
            numId = id;
            return this;
        }

        /** A line under the paragraph, and between it and the next ruled one. */
        Paragraph ruled() {
            ruled = true;
            return this;
        }

        Paragraph tab(String alignment, int position) {
            tabs.append("<w:tab w:val=\"").append(alignment).append("\" w:pos=\"").append(position).append("\"/>");
            return this;
        }

        Paragraph spacingBefore(int twips) {
            before = twips;
            return this;
        }

        Paragraph spacingAfter(int twips) {
            after = twips;
            return this;
        }

        Paragraph exactLineHeight(int points) {
            exactLine = points * 20;
            return this;
        }

        /** Left indent and hanging first line (0: none), in twips. */
        Paragraph indent(int leftTwips, int hangingTwips) {
            left = leftTwips;
            hanging = hangingTwips == 0 ? null : hangingTwips;
            return this;
        }

        Paragraph align(String jc) {
            align = jc;
            return this;
        }

        /** Ends a section here: its page set-up. */
        Paragraph sectionEnd(String sectionProperties) {
            sectPr = sectionProperties;
            return this;
        }

        Paragraph run(Run r) {
            r.writeTo(runs);
            return this;
        }

        void writeTo(StringBuilder out) {
            StringBuilder p = new StringBuilder();
            if (style != null) {
                p.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            }
            if (keepNext != null) {
                p.append("<w:keepNext w:val=\"").append(keepNext ? "on" : "off").append("\"/>");
            }
            if (keepLines) {
                p.append("<w:keepLines/>");
            }
            if (numId > 0) {
                p.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
            }
            if (ruled) {
                p.append("<w:pBdr><w:bottom w:val=\"single\"/><w:between w:val=\"single\"/></w:pBdr>");
            }
            if (!tabs.isEmpty()) {
                p.append("<w:tabs>").append(tabs).append("</w:tabs>");
            }
            if (before != null || after != null || exactLine != null) {
                p.append("<w:spacing");
                attribute(p, "w:before", before);
                attribute(p, "w:after", after);
                if (exactLine != null) {
                    p.append(" w:line=\"").append(exactLine).append("\" w:lineRule=\"exact\"");
                }
                p.append("/>");
            }
            if (left != null) {
                p.append("<w:ind");
                attribute(p, "w:left", left);
                attribute(p, "w:hanging", hanging);
                p.append("/>");
            }
            if (align != null) {
                p.append("<w:jc w:val=\"").append(align).append("\"/>");
            }
            if (sectPr != null) {
                p.append(sectPr);
            }
            out.append("<w:p>");
            if (!p.isEmpty()) {
                out.append("<w:pPr>").append(p).append("</w:pPr>");
            }
            out.append(runs).append("</w:p>");
        }

        private static void attribute(StringBuilder b, String name, Integer value) {
            if (value != null) {
                b.append(' ').append(name).append("=\"").append(value).append('"');
            }
        }
    }

    /** A w:r: its formatting, then its text pieces and tabs in order. */
    private static final class Run {
        private String font;
        private boolean bold;
        private String color;
        private int halfPoints;
        private final StringBuilder content = new StringBuilder();

        Run font(String name) {
            font = name;
            return this;
        }

        Run bold() {
            bold = true;
            return this;
        }

        Run color(String rgb) {
            color = rgb;
            return this;
        }

        Run halfPoints(int size) {
            halfPoints = size;
            return this;
        }

        Run text(String text) {
            // Word drops leading and trailing spaces unless told to keep them
            boolean keepSpaces = !text.isEmpty()
                    && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
            content.append(keepSpaces ? "<w:t xml:space=\"preserve\">" : "<w:t>").append(Markup.xml(text)).append("</w:t>");
            return this;
        }

        Run tab() {
            content.append("<w:tab/>");
            return this;
        }

        /** Run content that is not text: field characters and instructions. */
        Run raw(String xml) {
            content.append(xml);
            return this;
        }

        void writeTo(StringBuilder out) {
            out.append("<w:r>");
            if (font != null || bold || halfPoints > 0 || color != null) {
                out.append("<w:rPr>");
                if (font != null) {
                    out.append("<w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
                            .append("\" w:cs=\"").append(font).append("\" w:eastAsia=\"").append(font).append("\"/>");
                }
                if (bold) {
                    out.append("<w:b w:val=\"on\"/>");
                }
                if (color != null) {
                    out.append("<w:color w:val=\"").append(color).append("\"/>");
                }
                if (halfPoints > 0) {
                    out.append("<w:sz w:val=\"").append(halfPoints).append("\"/>");
                }
                out.append("</w:rPr>");
            }
            out.append(content).append("</w:r>");
        }
    }

    /** A w:tbl indented under the stem text, fixed column widths in twips, rows that cannot split. */
    private static final class Table {
        private final int[] widths;
        private final boolean borders;
        private boolean shaded;
        private final StringBuilder rows = new StringBuilder();

        Table(int[] widths, boolean borders) {
            this.widths = widths;
            this.borders = borders;
        }

        /** A light grey background in every cell. */
        void shaded() {
            shaded = true;
        }

        /** One row; cells beyond the paragraphs given stay empty. */
        void row(List<Paragraph> cells) {
            rows.append("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
            for (int c = 0; c < widths.length; c++) {
                rows.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>");
                if (shaded) {
                    rows.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>");
                }
                rows.append("</w:tcPr>");
                if (c < cells.size()) {
                    cells.get(c).writeTo(rows);
                } else {
                    rows.append("<w:p/>"); // a cell must hold a paragraph
                }
                rows.append("</w:tc>");
            }
            rows.append("</w:tr>");
        }

        void writeTo(StringBuilder out) {
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>")
                    .append("<w:tblInd w:w=\"").append(INDENT).append("\" w:type=\"dxa\"/>");
            if (borders) {
                String line = "w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"808080\"/>";
                String none = "w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/>";
                out.append("<w:tblBorders><w:top ").append(line).append("<w:left ").append(line)
                        .append("<w:bottom ").append(line).append("<w:right ").append(line)
                        .append("<w:insideH ").append(none).append("<w:insideV ").append(none).append("</w:tblBorders>");
            }
            out.append("<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
            for (int w : widths) {
                out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
            }
            out.append("</w:tblGrid>").append(rows).append("</w:tbl>");
        }
    }
}
