package dev.quizgen.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A two-page PDF laid out here line by line: page breaks, running heads and feet. */
class PdfPagesTest {
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Lines top-down from y = 780; null leaves a blank line (a paragraph gap). */
    private static void page(PDDocument doc, int number, List<String> body) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            text(cs, 9, 72, 810, "Beispiel-Zeitung · Politik");
            float y = 770;
            for (String line : body) {
                if (line != null) {
                    text(cs, 11, 72, y, line);
                }
                y -= 15;
            }
            text(cs, 9, 290, 40, "Seite " + number);
        }
    }

    private static void text(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void paragraphCutByAPageBreakIsJoinedAndRunningLinesGo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            page(doc, 1, Arrays.asList("Der Machthaber traf den Präsidenten im Grenzort Panmunjom.", null, null,
                    "Beide Seiten wollen die Gespräche in den", "nächsten Wochen fortsetzen und einen „neuen"));
            page(doc, 2, Arrays.asList("Durchbruch“ erzielen. Ein Friedens-", "vertrag fehlt bis heute.", null, null,
                    "Die Welt hofft auf Frieden."));
            doc.save(out);
        }
        Article a = new ArticleReader(w -> { }).parse(out.toByteArray(), "zeitung.pdf", null, null);
        assertEquals("Der Machthaber traf den Präsidenten im Grenzort Panmunjom.\n\n"
                + "Beide Seiten wollen die Gespräche in den nächsten Wochen fortsetzen und einen „neuen Durchbruch“ "
                + "erzielen. Ein Friedensvertrag fehlt bis heute.\n\n"
                + "Die Welt hofft auf Frieden.", a.text());
    }
}
