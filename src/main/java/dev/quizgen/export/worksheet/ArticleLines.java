package dev.quizgen.export.worksheet;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import dev.quizgen.export.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks article paragraphs into the lines a worksheet prints, so that line numbers ("Z. 5")
 * mean the same line in the DOCX and the PDF. Widths are measured with DejaVu Sans at the PDF's
 * body size; the DOCX prints in Arial 11 pt, which is narrower, so a measured line never wraps
 * again in Word or LibreOffice.
 */
final class ArticleLines {
    /** Points: the text column is the page minus 2 cm margins minus the line-number column. */
    static final float MARGIN = 56.7f;
    static final float NUMBER_COLUMN = 28f;
    static final float FONT_SIZE = 10.5f;
    static final float LINE_HEIGHT = 16f;
    static final float PARAGRAPH_GAP = 6f;
    /** A little room so rounding in another program never pushes the last word to a new line. */
    private static final double SLACK = 0.97;

    private final ToDoubleFunction<String> width;
    private final double max;

    ArticleLines(ToDoubleFunction<String> width, double max) {
        this.width = width;
        this.max = max;
    }

    static ArticleLines forPaper(Paper paper) {
        BaseFont font;
        try (InputStream in = ArticleLines.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/DejaVuSans.ttf missing from the quizgen jar");
            }
            font = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, false,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot read the bundled DejaVu Sans font", e);
        }
        return new ArticleLines(s -> font.getWidthPoint(s, FONT_SIZE),
                (paper.widthPt() - 2 * MARGIN - NUMBER_COLUMN - 2) * SLACK);
    }

    List<String> wrap(String paragraph) {
        return wrap(paragraph, width, max);
    }

    /** Breaks at spaces; a word wider than a line is cut inside. */
    static List<String> wrap(String paragraph, ToDoubleFunction<String> width, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width.applyAsDouble(rest.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
