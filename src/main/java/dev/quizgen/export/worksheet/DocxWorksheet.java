package dev.quizgen.export.worksheet;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

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
 * <p>Only classes of {@code poi-ooxml-lite} may be used here: the full schema jar is a test
 * dependency, so a class missing from lite would pass the tests and fail in the shipped jar.
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

    private final Worksheet sheet;
    private final XWPFDocument doc = new XWPFDocument();
    private final int textWidth;
    private BigInteger abstractNumId;
    private String footerId;

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
        try (doc) {
            setUpStyles();
            setUpNumbering();
            setUpFooter();
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
                    // the section break lives in the last paragraph of the section it ends
                    XWPFParagraph end = doc.createParagraph();
                    end.setSpacingAfter(0);
                    // 1 pt high: a full last page must not spill this empty line onto a blank page
                    end.setSpacingBetween(1, LineSpacingRule.EXACT);
                    fillSectPr(end.getCTP().getPPr().addNewSectPr());
                } else {
                    CTSectPr body = doc.getDocument().getBody().isSetSectPr()
                            ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
                    body.set(CTSectPr.Factory.newInstance());
                    fillSectPr(body);
                }
            }
            setProperties();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            out.write(normalizedZip(bytes.toByteArray(), sheet.date()));
        }
    }

    // ------------------------------------------------------------------ set-up

    private void setUpStyles() {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(sheet.text().languageTag());
        CTDocDefaults defaults = styles.getCtStyles().isSetDocDefaults() ? styles.getCtStyles().getDocDefaults()
                : styles.getCtStyles().addNewDocDefaults();
        CTRPr defRun = defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()
                ? defaults.getRPrDefault().getRPr()
                : (defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault()).addNewRPr();
        if (defRun.sizeOfSzArray() == 0) {
            defRun.addNewSz().setVal(BigInteger.valueOf(21)); // 10.5 pt, as the PDF
        }

        CTStyle normal = style("Normal", "Normal", null, STStyleType.PARAGRAPH);
        normal.addNewQFormat();
        normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(60));
        styles.addStyle(new XWPFStyle(normal, styles));

        CTStyle title = style("Title", "Title", "Normal", STStyleType.PARAGRAPH);
        title.addNewQFormat();
        CTPPrGeneral tp = title.addNewPPr();
        tp.addNewKeepNext();
        tp.addNewSpacing().setAfter(BigInteger.valueOf(120));
        CTRPr tr = title.addNewRPr();
        tr.addNewB();
        tr.addNewSz().setVal(BigInteger.valueOf(36));
        styles.addStyle(new XWPFStyle(title, styles));

        CTStyle subtitle = style("Subtitle", "Subtitle", "Normal", STStyleType.PARAGRAPH);
        subtitle.addNewQFormat();
        subtitle.addNewPPr().addNewKeepNext();
        CTRPr sr = subtitle.addNewRPr();
        sr.addNewB();
        sr.addNewSz().setVal(BigInteger.valueOf(26));
        styles.addStyle(new XWPFStyle(subtitle, styles));

        styles.addStyle(new XWPFStyle(heading("Heading1", "heading 1", 0, 28, 280), styles));
        styles.addStyle(new XWPFStyle(heading("Heading2", "heading 2", 1, 24, 200), styles));

        CTStyle instruction = style("Instruction", "Instruction", "Normal", STStyleType.PARAGRAPH);
        CTPPrGeneral ip = instruction.addNewPPr();
        ip.addNewKeepNext();
        ip.addNewSpacing().setAfter(BigInteger.valueOf(120));
        instruction.addNewRPr().addNewI();
        styles.addStyle(new XWPFStyle(instruction, styles));

        CTStyle listNumber = style("ListNumber", "List Number", "Normal", STStyleType.PARAGRAPH);
        CTPPrGeneral lp = listNumber.addNewPPr();
        lp.addNewKeepNext();
        lp.addNewKeepLines();
        lp.addNewSpacing().setBefore(BigInteger.valueOf(120));
        lp.addNewInd().setLeft(BigInteger.valueOf(INDENT));
        lp.getInd().setHanging(BigInteger.valueOf(INDENT));
        styles.addStyle(new XWPFStyle(listNumber, styles));

        // one printed article line: exact height, number right-aligned in front, text at ARTICLE_TEXT
        CTStyle article = style("ArticleLine", "Article Line", "Normal", STStyleType.PARAGRAPH);
        CTPPrGeneral ap = article.addNewPPr();
        var tabs = ap.addNewTabs();
        CTTabStop number = tabs.addNewTab();
        number.setVal(STTabJc.RIGHT);
        number.setPos(BigInteger.valueOf(ARTICLE_TEXT - 170));
        CTTabStop text = tabs.addNewTab();
        text.setVal(STTabJc.LEFT);
        text.setPos(BigInteger.valueOf(ARTICLE_TEXT));
        ap.addNewSpacing().setAfter(BigInteger.ZERO);
        ap.getSpacing().setLine(BigInteger.valueOf(Math.round(ArticleLines.LINE_HEIGHT * 20)));
        ap.getSpacing().setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
        ap.addNewInd().setLeft(BigInteger.valueOf(ARTICLE_TEXT));
        ap.getInd().setHanging(BigInteger.valueOf(ARTICLE_TEXT));
        styles.addStyle(new XWPFStyle(article, styles));

        CTStyle source = style("KeySource", "Key Source", "Normal", STStyleType.PARAGRAPH);
        CTPPrGeneral kp = source.addNewPPr();
        kp.addNewKeepLines();
        kp.addNewInd().setLeft(BigInteger.valueOf(INDENT));
        kp.addNewSpacing().setAfter(BigInteger.valueOf(100));
        CTRPr kr = source.addNewRPr();
        kr.addNewI();
        kr.addNewColor().setVal(GREY);
        kr.addNewSz().setVal(BigInteger.valueOf(18));
        styles.addStyle(new XWPFStyle(source, styles));

        CTStyle footer = style("Footer", "footer", "Normal", STStyleType.PARAGRAPH);
        footer.addNewPPr().addNewJc().setVal(STJc.CENTER);
        footer.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        styles.addStyle(new XWPFStyle(footer, styles));
    }

    private static CTStyle style(String id, String name, String basedOn, STStyleType.Enum type) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(type);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        return s;
    }

    private static CTStyle heading(String id, String name, int level, int halfPoints, int before) {
        CTStyle s = style(id, name, "Normal", STStyleType.PARAGRAPH);
        s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewKeepLines();
        p.addNewSpacing().setBefore(BigInteger.valueOf(before));
        p.getSpacing().setAfter(BigInteger.valueOf(60));
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        CTRPr r = s.addNewRPr();
        r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return s;
    }

    /** "List Number": decimal "1." with a hanging indent; each version gets its own w:num restarting at 1. */
    private void setUpNumbering() {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        abs.addNewName().setVal("List Number");
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        CTPPrGeneral p = lvl.addNewPPr();
        p.addNewInd().setLeft(BigInteger.valueOf(INDENT));
        p.getInd().setHanging(BigInteger.valueOf(INDENT));
        lvl.addNewRPr().addNewB();
        abstractNumId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    }

    private BigInteger restartedNum() {
        XWPFNumbering numbering = doc.getNumbering();
        BigInteger numId = numbering.addNum(abstractNumId);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return numId;
    }

    private void setUpFooter() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle("Footer");
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(sheet.text().pagePrefix());
        field(p, "PAGE", "1");
        p.createRun().setText(sheet.text().pageMiddle());
        field(p, "NUMPAGES", "1");
        footerId = doc.getRelationId(footer);
    }

    private static void field(XWPFParagraph p, String instruction, String placeholder) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(placeholder);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Page size, margins and footer of one section. */
    private void fillSectPr(CTSectPr s) {
        var ref = s.addNewFooterReference();
        ref.setType(STHdrFtr.DEFAULT);
        ref.setId(footerId);
        CTPageSz size = s.addNewPgSz();
        size.setW(BigInteger.valueOf(sheet.paper().widthTwips()));
        size.setH(BigInteger.valueOf(sheet.paper().heightTwips()));
        CTPageMar mar = s.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    private void setProperties() {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(sheet.title());
        core.setCreator("quizgen");
        core.getUnderlyingProperties().setLanguageProperty(sheet.text().languageTag());
        Optional<Date> date = Optional.ofNullable(sheet.date()).map(Date::from);
        core.setCreated(date);
        core.setModified(date);
    }

    // ------------------------------------------------------------------ content

    private void version(Version v) {
        titleBlock(sheet.labelledVersions() ? sheet.text().version(v.letter()) : null);
        XWPFParagraph name = doc.createParagraph();
        name.setSpacingAfter(60);
        name.createRun().setText(sheet.text().name() + ": ______________________________   "
                + sheet.text().schoolClass() + ": ________   " + sheet.text().date() + ": ______________");
        XWPFParagraph score = doc.createParagraph();
        score.setAlignment(ParagraphAlignment.RIGHT);
        score.setSpacingAfter(120);
        XWPFRun sr = score.createRun();
        sr.setBold(true);
        sr.setText(sheet.text().scoreLine(v.totalPoints()));
        if (!sheet.article().isEmpty()) {
            heading("Heading1", sheet.text().article(), null);
            int line = 0;
            for (int i = 0; i < sheet.article().size(); i++) {
                List<String> lines = sheet.article().get(i);
                for (int j = 0; j < lines.size(); j++) {
                    line++;
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("ArticleLine");
                    if (j == lines.size() - 1 && i < sheet.article().size() - 1) {
                        p.setSpacingAfter(Math.round(ArticleLines.PARAGRAPH_GAP * 20));
                    }
                    XWPFRun n = p.createRun();
                    n.addTab();
                    if (line % 5 == 0) {
                        n.setText(String.valueOf(line));
                        n.setFontSize(8.5);
                        n.setColor(GREY);
                    }
                    XWPFRun t = p.createRun();
                    t.addTab();
                    t.setText(lines.get(j));
                }
            }
        }
        if (v.sections().isEmpty()) {
            doc.createParagraph().createRun().setText(sheet.text().noQuestions());
        }
        BigInteger numId = restartedNum();
        for (Section s : v.sections()) {
            heading("Heading1", s.heading(), sheet.text().points(s.points()));
            XWPFParagraph instr = doc.createParagraph();
            instr.setStyle("Instruction");
            instr.createRun().setText(s.instruction());
            if (!s.wordBank().isEmpty()) {
                wordBank(s.wordBank(), true);
            }
            for (Item item : s.items()) {
                item(item, numId);
            }
        }
    }

    private void titleBlock(String subtitle) {
        XWPFParagraph t = doc.createParagraph();
        t.setStyle("Title");
        t.createRun().setText(sheet.title());
        if (subtitle != null) {
            XWPFParagraph st = doc.createParagraph();
            st.setStyle("Subtitle");
            st.createRun().setText(subtitle);
        }
    }

    private void heading(String style, String text, String right) {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle(style);
        h.createRun().setText(text);
        if (right != null) {
            rightTab(h);
            XWPFRun r = h.createRun();
            r.addTab();
            r.setText(right);
        }
    }

    private void rightTab(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop tab = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(textWidth));
    }

    private void item(Item item, BigInteger numId) {
        XWPFParagraph stem = doc.createParagraph();
        stem.setStyle("ListNumber");
        stem.setNumID(numId);
        stem.setNumILvl(BigInteger.ZERO);
        stem.setKeepNext(true);
        keepLines(stem);
        stem.createRun().setText(item.stem());
        rightTab(stem);
        XWPFRun pts = stem.createRun();
        pts.addTab();
        pts.setColor(GREY);
        pts.setText(sheet.text().points(item.points()));
        List<Block> blocks = item.blocks();
        if (!blocks.isEmpty() && blocks.get(0) instanceof WordBank) {
            stem.setSpacingAfter(100); // the passage's word bank box must not touch its last line
        }
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
        if (blocks.isEmpty()) {
            stem.setKeepNext(false);
        }
    }

    private static void keepLines(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepLines()) {
            ppr.addNewKeepLines();
        }
    }

    /** A borderless table indented under the stem text; widths in twips. */
    private XWPFTable table(int rows, int[] widths, boolean borders) {
        XWPFTable t = doc.createTable(rows, widths.length);
        if (borders) {
            t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
            t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
            t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
            t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
            t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        } else {
            t.removeBorders();
        }
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        int total = 0;
        for (int x : widths) {
            total += x;
        }
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(total));
        CTTblWidth ind = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
        ind.setType(STTblWidth.DXA);
        ind.setW(BigInteger.valueOf(INDENT));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int x : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(x));
        }
        for (XWPFTableRow row : t.getRows()) {
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth cw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widths[c]));
            }
        }
        return t;
    }

    /** The cell's paragraph, kept with the next row unless this is the item's last row. */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean keepNext) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setKeepNext(keepNext);
        keepLines(p);
        return p;
    }

    private void choices(Choices c, boolean lastBlock) {
        int cols = c.columns();
        int rows = (c.texts().size() + cols - 1) / cols;
        int colWidth = (textWidth - INDENT) / cols;
        int[] widths = new int[cols];
        java.util.Arrays.fill(widths, colWidth);
        XWPFTable t = table(rows, widths, false);
        for (int i = 0; i < c.texts().size(); i++) {
            int r = i / cols;
            XWPFParagraph p = cellParagraph(t.getRow(r).getCell(i % cols), !(lastBlock && r == rows - 1));
            String label = c.labels().get(i);
            // the box and letter hang left of the option text, so wrapped lines align
            p.setIndentationLeft(label.isEmpty() ? BOX_INDENT : 2 * BOX_INDENT);
            p.setIndentationHanging(label.isEmpty() ? BOX_INDENT : 2 * BOX_INDENT);
            XWPFRun box = p.createRun();
            // Arial has no ☐; MS Gothic (Windows, Office for Mac) is what Word's own check boxes use
            box.setFontFamily(BOX_FONT);
            box.setText("☐");
            box.addTab();
            if (!label.isEmpty()) {
                XWPFRun l = p.createRun();
                l.setText(label);
                l.addTab();
            }
            p.createRun().setText(c.texts().get(i));
            CTPPr ppr = p.getCTP().getPPr();
            var tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
            CTTabStop t1 = tabs.addNewTab();
            t1.setVal(STTabJc.LEFT);
            t1.setPos(BigInteger.valueOf(BOX_INDENT));
        }
    }

    private void writingLines(int count, boolean lastBlock) {
        for (int i = 0; i < count; i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(INDENT);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            // exact height: every ruled line the same distance below the one before
            p.setSpacingBetween(22, LineSpacingRule.EXACT);
            p.setBorderBottom(Borders.SINGLE);
            p.setBorderBetween(Borders.SINGLE);
            p.setKeepNext(!(lastBlock && i == count - 1));
            keepLines(p);
        }
    }

    private void wordBank(List<String> words, boolean keepNext) {
        XWPFTable t = table(1, new int[] {textWidth - INDENT}, true);
        XWPFTableCell cell = t.getRow(0).getCell(0);
        CTTcPr tc = cell.getCTTc().getTcPr();
        CTShd shd = tc.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill("F2F2F2");
        XWPFParagraph p = cellParagraph(cell, keepNext);
        p.setSpacingBefore(60);
        p.setSpacingAfter(60);
        XWPFRun label = p.createRun();
        label.setBold(true);
        label.setText(sheet.text().wordBank() + ":");
        p.createRun().setText("   " + String.join("   ·   ", words));
        // a thin paragraph: Word joins two tables that touch, and the word bank needs a little air
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
        after.setSpacingBetween(6, LineSpacingRule.EXACT);
        after.setKeepNext(keepNext);
    }

    private void matchTable(MatchTable m, boolean lastBlock) {
        int rows = Math.max(m.left().size(), m.right().size());
        int half = (textWidth - INDENT) / 2;
        XWPFTable t = table(rows, new int[] {half, half}, false);
        for (int r = 0; r < rows; r++) {
            boolean keep = !(lastBlock && r == rows - 1);
            XWPFParagraph left = cellParagraph(t.getRow(r).getCell(0), keep);
            if (r < m.left().size()) {
                left.setIndentationLeft(BOX_INDENT);
                left.setIndentationHanging(BOX_INDENT);
                left.createRun().setText((r + 1) + ".");
                XWPFRun x = left.createRun();
                x.addTab();
                x.setText(m.left().get(r) + "  → ____");
            }
            XWPFParagraph right = cellParagraph(t.getRow(r).getCell(1), keep);
            if (r < m.right().size()) {
                right.setIndentationLeft(BOX_INDENT);
                right.setIndentationHanging(BOX_INDENT);
                right.createRun().setText((char) ('A' + r) + ")");
                XWPFRun x = right.createRun();
                x.addTab();
                x.setText(m.right().get(r));
            }
        }
    }

    private void orderList(OrderList o, boolean lastBlock) {
        for (int i = 0; i < o.items().size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(INDENT + 2 * BOX_INDENT);
            p.setIndentationHanging(2 * BOX_INDENT);
            p.setSpacingAfter(40);
            p.setKeepNext(!(lastBlock && i == o.items().size() - 1));
            keepLines(p);
            XWPFRun r = p.createRun();
            r.setText("____");
            r.addTab();
            p.createRun().setText(o.items().get(i));
        }
    }

    private void key(Version v) {
        titleBlock(sheet.text().answerKey() + (sheet.labelledVersions() ? " – " + sheet.text().version(v.letter()) : ""));
        if (v.sections().isEmpty()) {
            doc.createParagraph().createRun().setText(sheet.text().noQuestions());
        }
        for (Section s : v.sections()) {
            heading("Heading2", s.heading(), sheet.text().points(s.points()));
            for (Item item : s.items()) {
                KeyEntry k = item.key();
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(INDENT);
                p.setIndentationHanging(INDENT);
                p.setSpacingAfter(k.source() == null ? 100 : 0);
                p.setKeepNext(k.source() != null);
                keepLines(p);
                XWPFRun n = p.createRun();
                n.setBold(true);
                n.setText(k.number() + ".");
                XWPFRun a = p.createRun();
                a.addTab();
                a.setText(k.answer());
                rightTab(p);
                XWPFRun pts = p.createRun();
                pts.addTab();
                pts.setColor(GREY);
                pts.setText(sheet.text().points(k.points()));
                if (k.source() != null) {
                    XWPFParagraph src = doc.createParagraph();
                    src.setStyle("KeySource");
                    src.createRun().setText(sheet.text().source() + ": " + sheet.text().quote(k.source()));
                }
            }
        }
    }

    /**
     * POI stamps every zip entry with the current time; rewriting the zip with the bank's date
     * (or a fixed one) makes the same worksheet give the same bytes.
     */
    static byte[] normalizedZip(byte[] docx, Instant date) throws IOException {
        // local DOS time, independent of the machine's time zone
        LocalDateTime time = LocalDateTime.ofInstant(date == null ? Instant.parse("1980-01-01T12:00:00Z") : date,
                ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
