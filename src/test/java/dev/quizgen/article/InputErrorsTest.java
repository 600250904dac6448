package dev.quizgen.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quizgen.QuizgenException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every problem with an input is one line for a teacher: what, where, what to do. */
class InputErrorsTest {
    private final ArticleReader reader = new ArticleReader(w -> { });

    private String message(byte[] bytes, String fileName) {
        QuizgenException e = assertThrows(QuizgenException.class, () -> reader.parse(bytes, fileName, null, null));
        assertFalse(e.getMessage().contains("\n"), () -> "not one line: " + e.getMessage());
        return e.getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leer.txt", "leer.md", "leer.html", "leer.docx", "leer.pdf", "stdin"})
    void emptyFile(String name) {
        assertEquals("'" + name + "' is empty. Give quizgen an article of a few sentences.", message(new byte[0], name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"leer.txt", "leer.md", "leer.html"})
    void whitespaceOnly(String name) {
        assertEquals("'" + name + "' has no text. Give quizgen an article of a few sentences.",
                message(" \n\t\r\n\u200B\u00A0 ".getBytes(UTF_8), name));
    }

    @Test
    void onlyMarkupOrOnlyAHeader() {
        assertEquals("'nur-bild.md' has no text. Give quizgen an article of a few sentences.",
                message("![Bild](b.png)\n\n---".getBytes(UTF_8), "nur-bild.md"));
        assertEquals("'menue.html' has no text. Give quizgen an article of a few sentences.",
                message("<nav>Start | Politik</nav><script>x()</script>".getBytes(UTF_8), "menue.html"));
        assertEquals("'kopf.txt' has no text after its date header. Give quizgen an article of a few sentences.",
                message("date 2019-07 \n".getBytes(UTF_8), "kopf.txt"));
    }

    @Test
    void docxAndPdfWithoutText() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph();
            doc.write(docx);
        }
        assertEquals("'leer.docx' has no text. Give quizgen an article of a few sentences.", message(docx.toByteArray(), "leer.docx"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf);
        }
        assertEquals("'scan.pdf' has no text. If it is a scan, run text recognition (OCR) on it first, "
                + "or copy the text into a .txt file.", message(pdf.toByteArray(), "scan.pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binär.txt", "binär.md", "binär.html"})
    void binaryAsText(String name) {
        byte[] bytes = Arrays.copyOf(Inputs.bytes("artikel.pdf"), 4000);
        bytes[100] = 0; // a NUL is never in text
        String saveAs = name.endsWith(".txt") ? "plain text (.txt, UTF-8)"
                : name.endsWith(".md") ? "Markdown or plain text in UTF-8" : "HTML or plain text in UTF-8";
        assertEquals("'" + name + "' looks like a binary file, not text. Save the article as " + saveAs + ".", message(bytes, name));
    }

    @Test
    void unknownExtension() {
        assertEquals("'artikel.odt' is a .odt file, which quizgen cannot read. "
                + "Save the article as one of .docx, .htm, .html, .markdown, .md, .pdf, .txt.",
                message("Text".getBytes(UTF_8), "artikel.odt"));
    }

    @Test
    void damagedDocx() {
        String expected = "'kaputt.docx' cannot be opened as a Word document (.docx): it seems damaged. "
                + "Open it in Word or LibreOffice and save it again as .docx, or save the text as .txt.";
        assertEquals(expected, message(Arrays.copyOf(Inputs.bytes("artikel.docx"), 3000), "kaputt.docx"));
    }

    @Test
    void somethingElseNamedDocx() {
        assertEquals("'falsch.docx' is not a Word document (.docx): it is damaged or has the wrong extension. "
                + "Open it in Word or LibreOffice and save it again as .docx, or save the text as .txt.",
                message(Inputs.bytes("artikel.pdf"), "falsch.docx"));
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("geheim");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Inputs.bytes("artikel.docx")));
             OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertEquals("'geheim.docx' is protected with a password. Remove the password in Word "
                + "(File > Info > Protect Document) or LibreOffice and save it again, or save the text as .txt.",
                message(out.toByteArray(), "geheim.docx"));
    }

    @Test
    void oldWordDocumentNamedDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals("'alt.docx' is an old Word 97-2003 document, not .docx. Open it in Word or LibreOffice and save it as .docx.",
                message(out.toByteArray(), "alt.docx"));
    }

    @Test
    void damagedPdf() {
        String expected = "'kaputt.pdf' cannot be opened as a PDF: it seems damaged or is not a PDF. "
                + "Export it again as PDF, or copy the text into a .txt file.";
        assertEquals(expected, message("kein PDF, nur Text".getBytes(UTF_8), "kaputt.pdf"));
        assertEquals(expected, message(Arrays.copyOf(Inputs.bytes("artikel.pdf"), 20_000), "kaputt.pdf"));
    }

    @Test
    void passwordProtectedPdf() {
        assertEquals("'geheim.pdf' is protected with a password. Save a copy without the password "
                + "(or print it to a new PDF), or copy the text into a .txt file.",
                message(Inputs.bytes("geheim.pdf"), "geheim.pdf"));
    }

    @Test
    void badByteOrderMark() {
        assertEquals("'kaputt.txt' starts with a UTF-16LE byte-order mark but is not valid UTF-16LE. Save it again as UTF-8 text.",
                message(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00}, "kaputt.txt"));
    }

    @Test
    void tooLarge() {
        byte[] bytes = new byte[ArticleReader.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) 'a');
        assertEquals("'gross.txt' is larger than 5 MB, the most quizgen reads as plain text. Split the text into smaller articles.",
                message(bytes, "gross.txt"));
    }

    @Test
    void missingFile() {
        QuizgenException e = assertThrows(QuizgenException.class,
                () -> reader.read(java.nio.file.Path.of("gibt-es-nicht.docx"), null, null));
        assertEquals("Cannot find 'gibt-es-nicht.docx'. Check the path and try again.", e.getMessage());
    }
}
