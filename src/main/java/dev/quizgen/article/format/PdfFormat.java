package dev.quizgen.article.format;

import dev.quizgen.QuizgenException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * .pdf: the text layer, as PDFBox's {@link PDFTextStripper} finds it, in content order. A paragraph
 * starts where PDFBox sees one (a large vertical gap or an indented line), where the font size
 * changes (a heading) and at a bullet (dropped). The lines of a paragraph are joined with a space,
 * and words hyphenated at a line end are repaired (see {@link #joinLines}). A paragraph cut by a page
 * break is joined again when it did not end a sentence and goes on in the same font; running heads and
 * feet (the same line at the top or bottom of two or more pages, digits aside) and page numbers alone
 * at the top or bottom of a page are dropped. The title is a short first paragraph set
 * at least a fifth larger than the body text (and left out of the text), else the document's Title
 * property. Scanned pages without a text layer give no text: there is no OCR.
 */
public final class PdfFormat implements ArticleFormat {
    // control characters, never in our output: PDF text is cleaned of them before it is written
    private static final String PARAGRAPH_END = "\u0002";
    private static final String PAGE_END = "\u0003";
    private static final String LINE_SIZE = "\u0004";
    private static final Pattern MARKS = Pattern.compile("[\\u0002\\u0003\\u0004\\n\\r]");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪▫●○■□‣⁃∙]\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:-\\s*)?(?:seite|page|s\\.)?\\s*\\d{1,4}(?:\\s*(?:von|of|/)\\s*\\d{1,4})?(?:\\s*-)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…\"“”»«')\\]]$");
    // "Nord- und Südkorea": a hyphen that stands for a left-out word part, not a line-end split
    private static final Pattern CONJUNCTION = Pattern.compile("^(?:und|oder|bzw\\.|sowie|bis|and|or|to)\\b");
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");
    private static final Pattern TRAILING_WORD = Pattern.compile("[\\p{L}\\p{N}]+$");
    private static final Pattern LEADING_WORD = Pattern.compile("^[\\p{L}\\p{N}]+");
    private static final Pattern FILE_NAME_TITLE = Pattern.compile("(?i)^microsoft word - .*|.*\\.(docx?|odt|pdf|txt|rtf)$");

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public String displayName() {
        return "PDF";
    }

    @Override
    public long maxBytes() {
        return 10L * TEXT_MAX_BYTES; // pictures and fonts make PDFs large; the text limit is checked after extraction
    }

    @Override
    public String noTextAdvice() {
        return "If it is a scan, run text recognition (OCR) on it first, or copy the text into a .txt file.";
    }

    @Override
    public ExtractedText extract(byte[] bytes, String fileName, Consumer<String> warnings) {
        String raw;
        String metadataTitle;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            metadataTitle = doc.getDocumentInformation().getTitle();
            raw = new MarkedStripper().getText(doc);
        } catch (InvalidPasswordException e) {
            throw new QuizgenException("'" + fileName + "' is protected with a password. Save a copy without the password "
                    + "(or print it to a new PDF), or copy the text into a .txt file.", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken files with many exception types; the user's remedy is the same for all
            throw new QuizgenException("'" + fileName + "' cannot be opened as a PDF: it seems damaged or is not a PDF. "
                    + "Export it again as PDF, or copy the text into a .txt file.", e);
        }
        List<List<Line>> paras = paragraphs(raw);
        Set<String> hyphenated = hyphenatedPairs(paras);
        String title = null;
        if (!paras.isEmpty() && looksLikeHeading(paras.get(0), bodySize(paras))) {
            title = joinLines(texts(paras.remove(0)), hyphenated);
        } else if (metadataTitle != null && !metadataTitle.isBlank() && !FILE_NAME_TITLE.matcher(metadataTitle.strip()).matches()) {
            title = metadataTitle.strip();
            if (!paras.isEmpty() && squash(joinLines(texts(paras.get(0)), hyphenated)).equals(squash(title))) {
                paras.remove(0);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Line> para : paras) {
            out.add(joinLines(texts(para), hyphenated));
        }
        return ExtractedText.ofParagraphs(out, title);
    }

    /**
     * One line of the text layer, its largest font size in tenths of a point (0: unknown), and whether
     * it started with a bullet (removed from the text).
     */
    record Line(String text, int size, boolean bullet) {
    }

    /**
     * The stripper's output to paragraphs of lines. Besides PDFBox's own paragraph marks, a change of
     * font size (a heading) and a bullet at a line start begin a paragraph.
     */
    static List<List<Line>> paragraphs(String raw) {
        List<List<List<Line>>> pages = new ArrayList<>();
        for (String page : raw.split(PAGE_END, -1)) {
            List<List<Line>> onPage = new ArrayList<>();
            for (String para : page.split(PARAGRAPH_END, -1)) {
                List<Line> current = new ArrayList<>();
                for (String rawLine : para.split("\n", -1)) {
                    Line line = line(rawLine);
                    if (line.text().isEmpty()) {
                        continue;
                    }
                    if (!current.isEmpty() && (line.bullet() || !sameSize(current.get(current.size() - 1), line))) {
                        onPage.add(current);
                        current = new ArrayList<>();
                    }
                    current.add(line);
                }
                if (!current.isEmpty()) {
                    onPage.add(current);
                }
            }
            pages.add(onPage);
        }
        dropRunningLines(pages, 0);
        dropRunningLines(pages, -1);
        List<List<Line>> paras = new ArrayList<>();
        for (List<List<Line>> onPage : pages) {
            dropPageNumber(onPage, 0);
            dropPageNumber(onPage, onPage.size() - 1);
            for (int i = 0; i < onPage.size(); i++) {
                List<Line> lines = onPage.get(i);
                if (i == 0 && !paras.isEmpty() && continues(paras.get(paras.size() - 1), lines)) {
                    paras.get(paras.size() - 1).addAll(lines);
                } else {
                    paras.add(lines);
                }
            }
        }
        return paras;
    }

    /**
     * Drops a running head (at 0) or foot (at -1): a one-line paragraph that stands in that place on
     * at least two pages, digits aside ({@code Seite 1}, {@code Seite 2}).
     */
    private static void dropRunningLines(List<List<List<Line>>> pages, int at) {
        if (pages.size() < 2) {
            return;
        }
        Map<String, Integer> count = new HashMap<>();
        for (List<List<Line>> page : pages) {
            String key = runningKey(page, at);
            if (key != null) {
                count.merge(key, 1, Integer::sum);
            }
        }
        for (List<List<Line>> page : pages) {
            String key = runningKey(page, at);
            if (key != null && count.get(key) >= 2) {
                page.remove(at == 0 ? 0 : page.size() - 1);
            }
        }
    }

    private static String runningKey(List<List<Line>> page, int at) {
        if (page.size() < 2) {
            return null; // the only paragraph on a page is text, not a running line
        }
        List<Line> para = page.get(at == 0 ? 0 : page.size() - 1);
        return para.size() == 1 ? DIGITS.matcher(para.get(0).text()).replaceAll("#") : null;
    }

    private static Line line(String raw) {
        int mark = raw.lastIndexOf(LINE_SIZE);
        String text = (mark < 0 ? raw : raw.substring(0, mark)).strip();
        int size = 0;
        if (mark >= 0) {
            try {
                size = Integer.parseInt(raw.substring(mark + 1).strip());
            } catch (NumberFormatException e) {
                size = 0; // unknown: matches any size
            }
        }
        Matcher bullet = BULLET.matcher(text);
        return bullet.find() ? new Line(text.substring(bullet.end()), size, true) : new Line(text, size, false);
    }

    /** Font sizes within 15 % of each other; an unknown size matches any. */
    private static boolean sameSize(Line a, Line b) {
        if (a.size() == 0 || b.size() == 0) {
            return true;
        }
        return Math.abs(a.size() - b.size()) <= 0.15 * Math.max(a.size(), b.size());
    }

    /** The font size most characters are set in. */
    private static int bodySize(List<List<Line>> paras) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (List<Line> para : paras) {
            for (Line l : para) {
                chars.merge(l.size(), l.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    /** A short first paragraph set at least a fifth larger than the body text. */
    private static boolean looksLikeHeading(List<Line> para, int bodySize) {
        int length = para.stream().mapToInt(l -> l.text().length()).sum();
        return bodySize > 0 && para.size() <= 3 && length <= 200 && para.get(0).size() >= 1.2 * bodySize;
    }

    private static List<String> texts(List<Line> para) {
        List<String> out = new ArrayList<>(para.size());
        for (Line l : para) {
            out.add(l.text());
        }
        return out;
    }

    /** Every pair of word parts written with a hyphen on one line, e.g. {@code Jong-un}. */
    private static Set<String> hyphenatedPairs(List<List<Line>> paras) {
        Set<String> pairs = new HashSet<>();
        for (List<Line> para : paras) {
            for (Line l : para) {
                Matcher m = HYPHENATED.matcher(l.text());
                while (m.find()) {
                    String[] parts = m.group().split("-");
                    for (int i = 1; i < parts.length; i++) {
                        pairs.add(parts[i - 1] + "-" + parts[i]);
                    }
                }
            }
        }
        return pairs;
    }

    private static void dropPageNumber(List<List<Line>> onPage, int index) {
        if (index >= 0 && index < onPage.size() && onPage.get(index).size() == 1
                && PAGE_NUMBER.matcher(onPage.get(index).get(0).text()).matches()) {
            onPage.remove(index);
        }
    }

    /** A paragraph cut by the page break: no sentence end before it, same font, no list item on either side. */
    private static boolean continues(List<Line> previous, List<Line> next) {
        Line last = previous.get(previous.size() - 1);
        Line first = next.get(0);
        // German nouns are capitalised, so the case of the next word cannot tell; a heading differs in size
        return !SENTENCE_END.matcher(last.text()).find() && !first.bullet() && !last.bullet() && sameSize(last, first);
    }

    /**
     * Joins the lines of one paragraph. A line ending in a hyphen after a lower-case letter, followed
     * by a line starting with a lower-case letter, was hyphenated by the typesetter: the hyphen goes
     * ({@code Waffenstill-|standsabkommen} → {@code Waffenstillstandsabkommen}). The hyphen stays, with
     * no space, when the next line starts with a capital or a digit ({@code Korea-|Krieg}), when the
     * letter before it is a capital or digit ({@code US-|amerikanische}), or when the same pair occurs
     * hyphenated elsewhere in the document ({@code Jong-|un} next to {@code Kim Jong-un}). Before
     * {@code und/oder/…} it is a left-out word part and a space follows ({@code Nord-|und Südkorea}).
     * A soft hyphen at the line end always goes. Known miss: an English compound split after its
     * hyphen ({@code well-|known}) becomes one word unless it occurs elsewhere unsplit.
     */
    static String joinLines(List<String> lines, Set<String> hyphenatedPairs) {
        StringBuilder sb = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String next = lines.get(i);
            int len = sb.length();
            char last = sb.charAt(len - 1);
            if (last == '\u00AD') {
                sb.setLength(len - 1);
                sb.append(next);
            } else if ((last == '-' || last == '\u2010') && len >= 2 && Character.isLetterOrDigit(sb.charAt(len - 2))) {
                if (CONJUNCTION.matcher(next).find()) {
                    sb.append(' ').append(next);
                } else if (Character.isLowerCase(sb.charAt(len - 2)) && Character.isLowerCase(next.codePointAt(0))
                        && !hyphenatedPairs.contains(trailingWord(sb, len - 1) + "-" + leadingWord(next))) {
                    sb.setLength(len - 1);
                    sb.append(next);
                } else {
                    sb.append(next);
                }
            } else {
                sb.append(' ').append(next);
            }
        }
        return sb.toString();
    }

    private static String trailingWord(StringBuilder sb, int end) {
        Matcher m = TRAILING_WORD.matcher(sb.subSequence(Math.max(0, end - 100), end));
        return m.find() ? m.group() : "";
    }

    private static String leadingWord(String s) {
        Matcher m = LEADING_WORD.matcher(s);
        return m.find() ? m.group() : "";
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Marks paragraph and page ends with control characters that cannot come from the text itself
     * (they are removed from it), and ends every line with its largest font size.
     */
    private static final class MarkedStripper extends PDFTextStripper {
        private float lineSize;
        private boolean lineOpen;

        MarkedStripper() {
            setLineSeparator("\n");
            setWordSeparator(" ");
            setParagraphStart("");
            setParagraphEnd(PARAGRAPH_END);
            setPageStart("");
            setPageEnd(PAGE_END);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                lineSize = Math.max(lineSize, p.getFontSizeInPt());
            }
            lineOpen = true;
            super.writeString(text, positions);
        }

        @Override
        protected void writeString(String text) throws IOException {
            super.writeString(MARKS.matcher(text).replaceAll(" "));
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            endLine();
            super.writeLineSeparator();
        }

        @Override
        protected void writeParagraphEnd() throws IOException {
            endLine();
            super.writeParagraphEnd();
        }

        @Override
        protected void writePageEnd() throws IOException {
            endLine();
            super.writePageEnd();
        }

        private void endLine() throws IOException {
            if (lineOpen) {
                output.write(LINE_SIZE + Math.round(lineSize * 10));
            }
            lineOpen = false;
            lineSize = 0;
        }
    }
}
