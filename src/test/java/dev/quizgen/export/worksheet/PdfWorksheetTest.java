package dev.quizgen.export.worksheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quizgen.bank.QuestionBank;
import dev.quizgen.export.worksheet.Worksheet.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWorksheetTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeWorksheets() throws IOException {
        WorksheetFiles.exportAll(new PdfExporter(), dir);
    }

    private static Path pdf(String name) {
        return dir.resolve(name + ".pdf");
    }

    @Test
    void everyFilePassesQpdfAndEmbedsAllFonts() throws Exception {
        for (String name : List.of("german", "english", "forty", "letter", "letter.key")) {
            ExternalTools.assertQpdfClean(pdf(name));
            ExternalTools.assertFontsEmbedded(pdf(name));
        }
    }

    @Test
    void germanWorksheetShowsEveryQuestionOptionAndKeyEntryWithUmlauts() throws Exception {
        String text = ExternalTools.pdfText(pdf("german"), 0);
        assertAllPresent(text, ExpectedText.questionParts(WorksheetFixtures.german()));
        assertAllPresent(text, ExpectedText.keyParts(WorksheetFixtures.german()));
        for (String s : List.of("„Wendepunkt“", "Größe", "Straße", "„großartiges Ereignis“", "Name:", "Klasse:",
                "Datum:", "Kreuze die richtige Antwort an.", "Ergänze die Lücken.", "Kreuze an: richtig oder falsch?",
                "Ordne zu.", "Bringe in die richtige Reihenfolge.", "Beantworte die Frage.", "Wortspeicher:",
                "Version A", "Version B", "Lösungen – Version A", "Lösungen – Version B", "☐ a)", "richtig", "falsch",
                "Quelle: „Der nordkoreanische Machthaber")) {
            assertTrue(text.contains(s), () -> "missing '" + s + "' in\n" + text);
        }
    }

    @Test
    void englishWorksheetUsesEnglishWords() throws Exception {
        String text = ExternalTools.pdfText(pdf("english"), 0);
        assertAllPresent(text, ExpectedText.questionParts(WorksheetFixtures.english()));
        assertAllPresent(text, ExpectedText.keyParts(WorksheetFixtures.english()));
        for (String s : List.of("Name:", "Class:", "Date:", "Tick the correct answer.", "Fill in the gaps.",
                "Answer key", "Source: “The Swiss government", "Page 1 of", "Word bank:", "Zürich",
                "“The minister called the meeting ‘a turning point’ for the region.”")) {
            assertTrue(text.contains(s), () -> "missing '" + s + "' in\n" + text);
        }
        assertFalse(text.contains("Lösungen") || text.contains("Seite"), "German words in an English worksheet");
        assertFalse(text.contains("Word bank: three\n"), "a one-word bank would give the only fill-in away");
    }

    @Test
    void articleIsPrintedWithLineNumbersBeforeTheQuestions() throws Exception {
        String page1 = ExternalTools.pdfText(pdf("german"), 1);
        assertTrue(TextMatch.contains(page1, "Beobachter sprachen von einem Wendepunkt;"), page1);
        Matcher m = Pattern.compile("(?m)^\\s*(5|10|15)\\s+\\S").matcher(page1);
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group(1));
        }
        assertEquals(List.of("5", "10", "15"), numbers, "line numbers 5, 10, 15 at line starts:\n" + page1);
        assertTrue(page1.indexOf("Beobachter") < page1.indexOf("Multiple Choice"), "article before questions");
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws Exception {
        int pages = ExternalTools.pageCount(pdf("german"));
        assertTrue(pages >= 4, "two versions and two keys need at least four pages, got " + pages);
        for (int p = 1; p <= pages; p++) {
            String page = ExternalTools.pdfText(pdf("german"), p);
            assertTrue(page.contains("Seite " + p + " von " + pages), "footer of page " + p + ":\n" + page);
        }
    }

    @Test
    void keyStartsOnItsOwnPageAtTheEnd() throws Exception {
        int pages = ExternalTools.pageCount(pdf("german"));
        int firstKey = -1;
        for (int p = 1; p <= pages; p++) {
            String page = ExternalTools.pdfText(pdf("german"), p);
            if (page.contains("Lösungen")) {
                firstKey = p;
                assertTrue(page.strip().startsWith("Kim und Trump in Panmunjom"), "key page starts with the title");
                assertFalse(page.contains("Kreuze die richtige Antwort an."), "no questions on a key page");
                break;
            }
        }
        assertTrue(firstKey > 1, "a key page after the questions");
        for (int p = firstKey; p <= pages; p++) {
            assertFalse(ExternalTools.pdfText(pdf("german"), p).contains("Name:"), "only keys after the first key page");
        }
    }

    @Test
    void separateKeyGoesToItsOwnFileOnLetterPaper() throws Exception {
        String sheet = ExternalTools.pdfText(pdf("letter"), 0);
        String key = ExternalTools.pdfText(pdf("letter.key"), 0);
        assertTrue(sheet.contains("Panmunjom – Übung"), "--title is used");
        assertFalse(sheet.contains("Lösungen"), "no key in the worksheet when the key is separate");
        assertFalse(sheet.contains("Version A"), "one version is not labelled");
        assertTrue(key.contains("Lösungen"));
        assertAllPresent(key, ExpectedText.keyParts(WorksheetFixtures.german()));
        ExternalTools.Result info = ExternalTools.run(60, "pdfinfo", pdf("letter").toString());
        assertTrue(info.stdout().contains("612 x 792"), info.stdout());
        ExternalTools.Result a4 = ExternalTools.run(60, "pdfinfo", pdf("german").toString());
        assertTrue(a4.stdout().contains("595.28 x 841.89"), a4.stdout());
    }

    @Test
    void fortyQuestionsNeverSplitAcrossPages() throws Exception {
        QuestionBank bank = WorksheetFixtures.forty();
        Worksheet sheet = WorksheetPlanner.plan(bank, WorksheetFiles.plainOptions());
        assertNoItemSplit(pdf("forty"), sheet);
    }

    /**
     * Every item's number, stem and options (word bank, pairs, items) are found together on one
     * page, and every page begins with the title, a section heading or a question number, never
     * with the rest of a question from the page before.
     */
    static void assertNoItemSplit(Path pdf, Worksheet sheet) throws IOException, InterruptedException {
        int pages = ExternalTools.pageCount(pdf);
        List<List<String>> pageWords = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        starts.add(sheet.title());
        sheet.versions().get(0).sections().forEach(s -> starts.add(s.heading()));
        for (int p = 1; p <= pages; p++) {
            String text = ExternalTools.pdfText(pdf, p);
            pageWords.add(TextMatch.words(text));
            String first = text.strip().lines().findFirst().orElse("").strip();
            assertTrue(first.matches("\\d+\\.\\s.*") || starts.stream().anyMatch(first::startsWith),
                    "page " + p + " of " + pdf.getFileName() + " begins inside a question: '" + first + "'");
        }
        for (Item item : sheet.versions().get(0).items()) {
            List<String> head = ExpectedText.itemWords(item);
            int found = -1;
            for (int p = 0; p < pages && found < 0; p++) {
                if (TextMatch.contains(pageWords.get(p), head)) {
                    found = p;
                }
            }
            if (found < 0) {
                fail("item " + item.number() + " (" + item.stem() + ") is not whole on any page of " + pdf);
            }
            for (String t : ExpectedText.itemBlockTexts(item)) {
                assertTrue(TextMatch.contains(pageWords.get(found), TextMatch.words(t)),
                        "item " + item.number() + ": '" + t + "' is not on page " + (found + 1) + " with its stem");
            }
        }
    }

    @Test
    void noTextOutsideTheMargins() throws Exception {
        for (String name : List.of("german", "forty", "letter")) {
            assertInsideMargins(pdf(name), 56.7);
        }
    }

    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    /** Every word lies inside the page margins (the footer inside the bottom margin, above the edge). */
    static void assertInsideMargins(Path pdf, double margin) throws IOException, InterruptedException {
        ExternalTools.Result r = ExternalTools.run(60, "pdftotext", "-enc", "UTF-8", "-bbox", pdf.toString(), "-");
        assertEquals(0, r.exitCode(), r.stderr());
        int pageNo = 0;
        for (String pageXml : r.stdout().split("</page>")) {
            Matcher pm = PAGE.matcher(pageXml);
            if (!pm.find()) {
                continue;
            }
            pageNo++;
            double w = Double.parseDouble(pm.group(1));
            double h = Double.parseDouble(pm.group(2));
            Matcher wm = WORD.matcher(pageXml);
            int words = 0;
            while (wm.find()) {
                words++;
                double x0 = Double.parseDouble(wm.group(1));
                double y0 = Double.parseDouble(wm.group(2));
                double x1 = Double.parseDouble(wm.group(3));
                double y1 = Double.parseDouble(wm.group(4));
                String word = wm.group(5);
                String where = pdf.getFileName() + " page " + pageNo + " word '" + word + "' at x " + x0 + "–" + x1
                        + ", y " + y0 + "–" + y1;
                assertTrue(x0 >= margin - 2 && x1 <= w - margin + 2, "outside the side margins: " + where);
                assertTrue(y0 >= margin - 2 && y1 <= h - 12, "outside the page body: " + where);
            }
            assertTrue(words > 0, "page " + pageNo + " of " + pdf + " is empty");
        }
        assertTrue(pageNo > 0, "no pages in " + pdf);
    }

    @Test
    void sameBankGivesTheSameBytesAndMetadata(@TempDir Path other) throws Exception {
        WorksheetFiles.export(new PdfExporter(), WorksheetFixtures.german(), "german",
                WorksheetFiles.germanOptions(), other);
        assertArrayEquals(Files.readAllBytes(pdf("german")), Files.readAllBytes(other.resolve("german.pdf")),
                "two exports of the same bank differ");
        ExternalTools.Result info = ExternalTools.run(60, "pdfinfo", pdf("german").toString());
        assertTrue(info.stdout().contains("Title:           Kim und Trump in Panmunjom"), info.stdout());
        assertTrue(info.stdout().contains("Jul  1 00:00:00 2019 UTC"), "creation date from the bank: " + info.stdout());
        String raw = new String(Files.readAllBytes(pdf("german")), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/Lang(de-DE)"), "document language in the catalog");
        String en = new String(Files.readAllBytes(pdf("english")), StandardCharsets.ISO_8859_1);
        assertTrue(en.contains("/Lang(en-GB)"), "document language in the catalog");
    }

    @Test
    void emptyBankGivesAValidPdfThatSaysSo(@TempDir Path other) throws Exception {
        QuestionBank empty = WorksheetFixtures.german().withQuestions(List.of());
        WorksheetFiles.export(new PdfExporter(), empty, "empty", WorksheetFiles.plainOptions(), other);
        ExternalTools.assertQpdfClean(other.resolve("empty.pdf"));
        assertTrue(ExternalTools.pdfText(other.resolve("empty.pdf"), 0).contains("enthält keine Fragen"));
    }

    static void assertAllPresent(String text, List<String> parts) {
        List<String> words = TextMatch.words(text);
        for (String part : parts) {
            assertTrue(TextMatch.contains(words, TextMatch.words(part)), () -> "missing '" + part + "' in\n" + text);
        }
    }
}
