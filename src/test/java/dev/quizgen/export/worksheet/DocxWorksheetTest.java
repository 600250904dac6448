package dev.quizgen.export.worksheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * The DOCX worksheets: reopened with POI, every XML part validated against the ECMA-376 schemas
 * (as ../shared/validators/docx/DocxCheck.java does), then converted by LibreOffice (one soffice
 * call for all files) and read back with pdftotext.
 */
class DocxWorksheetTest {
    private static final List<String> FILES = List.of("german", "english", "forty", "letter", "letter.key");
    private static final SchemaTypeLoader SCHEMAS = XmlBeans.typeLoaderUnion(XmlBeans.getContextTypeLoader(),
            DocumentDocument.type.getTypeSystem());

    @TempDir
    static Path dir;
    static Path pdfDir;

    @BeforeAll
    static void writeAndConvert() throws Exception {
        WorksheetFiles.exportAll(new DocxExporter(), dir);
        pdfDir = Files.createDirectories(dir.resolve("lo"));
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--convert-to", "pdf",
                "--outdir", pdfDir.toString()));
        FILES.forEach(f -> cmd.add(dir.resolve(f + ".docx").toString()));
        ExternalTools.Result r = ExternalTools.run(240, cmd.toArray(String[]::new));
        // soffice exits 0 even when it cannot load a file: the PDFs are the test
        for (String f : FILES) {
            if (!Files.isRegularFile(pdfDir.resolve(f + ".pdf"))) {
                fail("LibreOffice did not convert " + f + ".docx (exit " + r.exitCode() + "):\n" + r.stdout() + r.stderr());
            }
        }
    }

    private static Path docx(String name) {
        return dir.resolve(name + ".docx");
    }

    private static Path converted(String name) {
        return pdfDir.resolve(name + ".pdf");
    }

    @Test
    void everyPartValidatesAgainstTheOoxmlSchemas() throws Exception {
        for (String f : FILES) {
            Set<String> validated = new TreeSet<>();
            try (InputStream in = Files.newInputStream(docx(f)); XWPFDocument d = new XWPFDocument(in)) {
                for (PackagePart part : d.getPackage().getParts()) {
                    if (!part.getContentType().endsWith("xml") || part instanceof PackagePropertiesPart) {
                        continue;
                    }
                    XmlObject x;
                    try (InputStream p = part.getInputStream()) {
                        x = SCHEMAS.parse(p, null, null);
                    }
                    boolean known = x.schemaType() != XmlObject.type && !x.schemaType().isNoType();
                    assertTrue(known, f + ": no schema for " + part.getPartName());
                    List<XmlError> errors = new ArrayList<>();
                    boolean valid = x.validate(new XmlOptions().setErrorListener(errors));
                    assertTrue(valid, f + ".docx " + part.getPartName() + " is not schema-valid: " + errors);
                    validated.add(part.getPartName().getName());
                }
            }
            assertTrue(validated.containsAll(Set.of("/word/document.xml", "/word/styles.xml", "/word/numbering.xml",
                    "/word/footer1.xml")), f + ": validated only " + validated);
        }
    }

    @Test
    void wordStructureIsReal() throws Exception {
        try (InputStream in = Files.newInputStream(docx("german")); XWPFDocument d = new XWPFDocument(in)) {
            for (String style : List.of("Title", "Heading1", "Heading2", "ListNumber", "ArticleLine")) {
                assertNotNull(d.getStyles().getStyle(style), "style " + style);
            }
            assertEquals("heading 1", d.getStyles().getStyle("Heading1").getName());
            assertEquals("List Number", d.getStyles().getStyle("ListNumber").getName());
            assertFalse(d.getNumbering().getAbstractNums().isEmpty(), "a numbering definition");
            assertEquals(2, d.getNumbering().getNums().size(), "one restarting list per version");
            long numbered = d.getParagraphs().stream().filter(p -> p.getNumID() != null).count();
            assertEquals(2 * WorksheetFixtures.german().questions().size(), numbered, "every question numbered");
            CTSectPr body = d.getDocument().getBody().getSectPr();
            assertEquals("11906", body.getPgSz().xgetW().getStringValue());
            assertEquals("16838", body.getPgSz().xgetH().getStringValue());
            assertEquals("Kim und Trump in Panmunjom", d.getProperties().getCoreProperties().getTitle());
            assertEquals("de-DE", d.getProperties().getCoreProperties().getUnderlyingProperties()
                    .getLanguageProperty().orElse(null));
        }
        try (InputStream in = Files.newInputStream(docx("letter")); XWPFDocument d = new XWPFDocument(in)) {
            CTSectPr body = d.getDocument().getBody().getSectPr();
            assertEquals("12240", body.getPgSz().xgetW().getStringValue());
            assertEquals("15840", body.getPgSz().xgetH().getStringValue());
            assertTrue(d.getParagraphs().stream().noneMatch(p -> "ArticleLine".equals(p.getStyle())),
                    "no article without --include-article");
        }
    }

    @Test
    void libreOfficeShowsEveryQuestionOptionAndKeyEntryWithUmlauts() throws Exception {
        String text = ExternalTools.pdfText(converted("german"), 0);
        PdfWorksheetTest.assertAllPresent(text, ExpectedText.questionParts(WorksheetFixtures.german()));
        PdfWorksheetTest.assertAllPresent(text, ExpectedText.keyParts(WorksheetFixtures.german()));
        for (String s : List.of("„Wendepunkt“", "Größe", "Straße", "„großartiges Ereignis“", "Klasse:",
                "Kreuze die richtige Antwort an.", "Ergänze die Lücken.", "Ordne zu.", "Wortspeicher:", "Version B",
                "Lösungen – Version B", "☐", "Quelle: „Der nordkoreanische Machthaber")) {
            assertTrue(text.contains(s), () -> "missing '" + s + "' in\n" + text);
        }
        String en = ExternalTools.pdfText(converted("english"), 0);
        PdfWorksheetTest.assertAllPresent(en, ExpectedText.questionParts(WorksheetFixtures.english()));
        PdfWorksheetTest.assertAllPresent(en, ExpectedText.keyParts(WorksheetFixtures.english()));
        assertTrue(en.contains("Class:") && en.contains("Answer key") && en.contains("Zürich"), en);
    }

    @Test
    void questionsAreNumberedByWordNumberingAndPagesByFields() throws Exception {
        String page1 = ExternalTools.pdfText(converted("german"), 1);
        assertTrue(TextMatch.contains(page1, "1. Wer ist der nordkoreanische Machthaber?"), page1);
        int pages = ExternalTools.pageCount(converted("german"));
        for (int p = 1; p <= pages; p++) {
            String page = ExternalTools.pdfText(converted("german"), p);
            assertTrue(page.contains("Seite " + p + " von " + pages), "footer of page " + p + ":\n" + page);
        }
    }

    @Test
    void versionBRestartsAtOneOnANewPage() throws Exception {
        int pages = ExternalTools.pageCount(converted("german"));
        int versionB = -1;
        for (int p = 1; p <= pages && versionB < 0; p++) {
            if (ExternalTools.pdfText(converted("german"), p).contains("Version B")) {
                versionB = p;
            }
        }
        assertTrue(versionB > 1, "version B starts on a later page");
        String page = ExternalTools.pdfText(converted("german"), versionB);
        assertTrue(page.strip().startsWith("Kim und Trump in Panmunjom"), "version B starts its page:\n" + page);
        assertTrue(page.matches("(?s).*\\n\\s*1\\.\\s.*"), "numbering restarts at 1:\n" + page);
    }

    @Test
    void articleLinesAreNumberedAsInThePdfAndRestartInVersionB() throws Exception {
        Worksheet sheet = WorksheetPlanner.plan(WorksheetFixtures.german(), WorksheetFiles.germanOptions());
        List<String> lines = sheet.article().stream().flatMap(List::stream).toList();
        int pages = ExternalTools.pageCount(converted("german"));
        int versionsSeen = 0;
        for (int p = 1; p <= pages; p++) {
            String page = ExternalTools.pdfText(converted("german"), p);
            if (!page.contains("Version ") || page.contains("Lösungen")) {
                continue;
            }
            versionsSeen++;
            for (int n : new int[] {5, 10, 15}) {
                String expected = n + " " + String.join(" ", TextMatch.words(lines.get(n - 1)));
                boolean found = page.lines().map(l -> String.join(" ", TextMatch.words(l)))
                        .anyMatch(expected::equals);
                assertTrue(found, "page " + p + " should have the line '" + expected + "':\n" + page);
            }
            assertFalse(page.matches("(?s).*\\n\\s*20\\s.*"), "numbering restarts with each version:\n" + page);
        }
        assertEquals(2, versionsSeen, "both versions print the article");
    }

    @Test
    void separateKeyFile() throws Exception {
        String sheet = ExternalTools.pdfText(converted("letter"), 0);
        String key = ExternalTools.pdfText(converted("letter.key"), 0);
        assertFalse(sheet.contains("Lösungen"));
        assertTrue(key.contains("Lösungen"));
        PdfWorksheetTest.assertAllPresent(key, ExpectedText.keyParts(WorksheetFixtures.german()));
        assertTrue(ExternalTools.run(60, "pdfinfo", converted("letter").toString()).stdout().contains("612 x 792"));
    }

    @Test
    void fortyQuestionsStayWholeInLibreOfficeLayout() throws Exception {
        Worksheet sheet = WorksheetPlanner.plan(WorksheetFixtures.forty(), WorksheetFiles.plainOptions());
        PdfWorksheetTest.assertNoItemSplit(converted("forty"), sheet);
        PdfWorksheetTest.assertInsideMargins(converted("forty"), 56.7);
        PdfWorksheetTest.assertInsideMargins(converted("german"), 56.7);
        PdfWorksheetTest.assertInsideMargins(converted("letter"), 56.7);
    }

    @Test
    void emptyBankGivesADocumentThatSaysSo(@TempDir Path other) throws IOException {
        WorksheetFiles.export(new DocxExporter(), WorksheetFixtures.german().withQuestions(List.of()), "empty",
                WorksheetFiles.plainOptions(), other);
        try (InputStream in = Files.newInputStream(other.resolve("empty.docx")); XWPFDocument d = new XWPFDocument(in)) {
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().contains("enthält keine Fragen")));
        }
    }

    @Test
    void sameBankGivesTheSameBytes(@TempDir Path other) throws IOException {
        WorksheetFiles.export(new DocxExporter(), WorksheetFixtures.german(), "german", WorksheetFiles.germanOptions(),
                other);
        assertArrayEquals(Files.readAllBytes(docx("german")), Files.readAllBytes(other.resolve("german.docx")));
    }
}
