package dev.quizgen.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each format read from a real file made with the usual tools (pandoc, LibreOffice, Python codecs). */
class ArticleFormatsTest {
    private static final String TITLE = "Treffen an der innerkoreanischen Grenze";
    private static final String LEAD = "Der nordkoreanische Machthaber Kim Jong-un will nach dem kurzen Treffen mit "
            + "US-Präsident Donald Trump in engem Kontakt bleiben. Das berichtete die staatliche Nachrichtenagentur "
            + "KCNA am Montag.";
    private static final String IMAGE_TEXT = "Die beiden Politiker im Grenzort";
    private static final String REST = String.join("\n\n",
            "Die Gespräche fanden im Grenzort Panmunjom statt, wo 1953 das Waffenstillstandsabkommen unterzeichnet "
                    + "wurde, das die Schlachten im Korea-Krieg beendete. Einen Friedensvertrag gibt es bis heute nicht. "
                    + "Beide Seiten wollten einen „neuen Durchbruch bei der Denuklearisierung“ erzielen, hieß es.",
            "Vereinbart wurden drei Schritte:",
            "Gespräche der Unterhändler in den nächsten Wochen",
            "ein Besuch Kims in Washington",
            "die Öffnung der Grenzübergänge für Familienzusammenführungen",
            "Trump sagte über die Begegnung: „Es ist ein großartiger Tag für die Welt.“ Südkoreas Präsident "
                    + "Moon Jae-in sprach von einem Zeichen für den Frieden.");
    private static final String SHORT_TEXT = "Treffen an der Grenze\n\n"
            + "Der nordkoreanische Machthaber Kim Jong-un traf US-Präsident Donald Trump im Grenzort Panmunjom. "
            + "Beide wollen in engem Kontakt bleiben.\n\n"
            + "Trump sagte: „Es ist ein großartiger Tag für die Welt.“ Südkoreas Präsident sprach von einem Zeichen "
            + "für den Frieden.\n";

    private final List<String> warnings = new ArrayList<>();
    private final ArticleReader reader = new ArticleReader(warnings::add);

    private Article read(String name) {
        return reader.read(Inputs.path(name), null, null);
    }

    @Test
    void markdownLosesItsMarkupAndImagesAndGivesItsFirstHeadingAsTitle() {
        Article a = read("artikel.md");
        assertEquals(TITLE, a.title());
        // the soft hyphens in the source are gone, emphasis/link markup too, the image entirely
        assertEquals(LEAD + "\n\n" + REST, a.text());
        assertEquals(Language.DE, a.language());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void htmlFromPandocGivesTheSameTextAndTheH1AsTitle() {
        Article a = read("artikel.html");
        assertEquals(TITLE, a.title()); // the h1, not <title>
        // the figure's caption is aria-hidden (it repeats the alt text) and is dropped with the image
        assertEquals(LEAD + "\n\n" + REST, a.text());
    }

    @Test
    void htmlNewsPageKeepsOnlyTheArticle() {
        Article a = read("nachrichtenseite.html");
        assertEquals("Kim und Trump treffen sich in Panmunjom", a.title());
        assertEquals("Überraschender Besuch an der Grenze.\n\n"
                + "Der nordkoreanische Machthaber Kim Jong-un und US-Präsident Donald Trump haben sich am Sonntag "
                + "getroffen.\nEs war ihr drittes Treffen.\n\n"
                + "Beide Seiten wollen einen „neuen Durchbruch“ erreichen.", a.text());
    }

    @Test
    void docxGivesItsParagraphsAndTheHeading1AsTitle() {
        Article a = read("artikel.docx");
        assertEquals(TITLE, a.title());
        // pandoc wrote the missing image's description as a paragraph of the document
        assertEquals(LEAD + "\n\n" + IMAGE_TEXT + "\n\n" + REST, a.text());
    }

    @Test
    void docxKeepsInsertedNotDeletedTextTabsAndLineBreaks() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var p = doc.createParagraph();
            p.createRun().setText("Der Text ist ");
            p.getCTP().addNewDel().addNewR().addNewDelText().setStringValue("alt "); // tracked deletion
            p.getCTP().addNewIns().addNewR().addNewT().setStringValue("neu"); // tracked insertion
            p.createRun().setText(".");
            doc.createParagraph(); // empty: skipped
            var q = doc.createParagraph();
            q.createRun().setText("Zweiter");
            q.createRun().addTab();
            q.createRun().setText("Absatz");
            q.createRun().addBreak();
            q.createRun().setText("mit Umbruch.");
            doc.write(out);
        }
        assertEquals("Der Text ist neu.\n\nZweiter Absatz\nmit Umbruch.", reader.parse(out.toByteArray(), "t.docx", null, null).text());
    }

    @Test
    void pdfJoinsLinesRepairsHyphenationAndFindsTheHeading() {
        Article a = read("artikel.pdf");
        assertEquals(TITLE, a.title());
        assertEquals(LEAD + "\n\n" + IMAGE_TEXT + "\n\n" + REST, a.text());
        // the PDF breaks the lines at "Waffen-|stillstandsabkommen" and "Korea-|Krieg" (see the fixture README)
        assertTrue(a.text().contains("das Waffenstillstandsabkommen unterzeichnet"));
        assertTrue(a.text().contains("im Korea-Krieg beendete"));
        assertFalse(a.text().contains("Waffen-"));
    }

    @Test
    void utf8WithBomAndCrlf() {
        Article a = read("artikel-utf8-bom.txt");
        assertEquals(SHORT_TEXT, a.text());
        assertEquals("Treffen an der Grenze", a.title()); // plain text has no marked title: the heading-like first line
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void utf16WithBom() {
        assertEquals(SHORT_TEXT, read("artikel-utf16.txt").text());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void windows1252IsReadWithAWarning() {
        Article a = read("artikel-windows1252.txt");
        assertEquals(SHORT_TEXT, a.text()); // „ and “ are 0x84/0x93 in Windows-1252, not Latin-1 controls
        assertEquals(List.of("'artikel-windows1252.txt' is not UTF-8; read it as Windows-1252 (Latin-1). "
                + "If umlauts look wrong, save the file as UTF-8."), warnings);
    }

    @Test
    void stdinIsPlainTextEvenWhenItLooksLikeMarkdown() {
        Article a = reader.readStdin(new ByteArrayInputStream("# Kein Titel\n\nDer *Text* bleibt.".getBytes(UTF_8)), null, null);
        assertEquals("stdin", a.fileName());
        assertEquals("# Kein Titel\n\nDer *Text* bleibt.", a.text());
    }

    @Test
    void shaIsOfTheOriginalBytesAndOffsetsOfTheExtractedText() throws Exception {
        byte[] bytes = Inputs.bytes("artikel.docx");
        Article a = reader.parse(bytes, "artikel.docx", null, null);
        String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(hex, a.sha256());
        assertTrue(a.text().startsWith("Der nordkoreanische"));
    }

    @Test
    void dateHeaderIsStrippedInEveryFormat() {
        Article md = reader.parse("date 2019-07 Der Text beginnt hier. Er ist kurz.".getBytes(UTF_8), "a.md", null, null);
        assertEquals("2019-07", md.date());
        assertEquals("Der Text beginnt hier. Er ist kurz.", md.text());
        Article html = reader.parse("<p>date 2019-07 Der Text.</p>".getBytes(UTF_8), "a.html", null, null);
        assertEquals("2019-07", html.date());
        assertEquals("Der Text.", html.text());
    }

    @Test
    void titleOverrideWinsOverTheFormatsTitle() {
        assertEquals("Mein Titel", reader.read(Inputs.path("artikel.md"), null, "  Mein\u202E\tTitel ").title());
    }

    @Test
    void markdownCodeListsQuotesAndHardBreaks() {
        String md = "# Überschrift\n\nErster Absatz mit `Code` und [Link](http://x) und ![Bild](b.png)\nüber zwei Zeilen.  \nHarte Zeile.\n\n"
                + "1. eins\n2. zwei\n   - tief\n\n> Ein **Zitat**.\n\n```\nprint(1)\n```\n\n<div>roh <b>HTML</b></div>\n\n---\n\n## Zwischentitel\n";
        Article a = reader.parse(md.getBytes(UTF_8), "a.md", null, null);
        assertEquals("Erster Absatz mit Code und Link und über zwei Zeilen.\nHarte Zeile.\n\neins\n\nzwei\n\ntief\n\n"
                + "Ein Zitat.\n\nprint(1)\n\nroh HTML\n\nZwischentitel", a.text());
        assertEquals("Überschrift", a.title());
        // the first heading is the title even when it is not the first block
        assertEquals("Titel", reader.parse("Text.\n\n# Titel\n\nMehr Text.".getBytes(UTF_8), "b.md", null, null).title());
    }

    @Test
    void markdownFrontMatterIsDroppedAndGivesTheTitle() {
        String md = "---\ntitle: \"Das Treffen\"\ndate: 2019-07-01\ntags: [korea]\n---\nDer Text beginnt hier.\n";
        Article a = reader.parse(md.getBytes(UTF_8), "notiz.md", null, null);
        assertEquals("Der Text beginnt hier.", a.text());
        assertEquals("Das Treffen", a.title());
        // a document that merely starts with a rule keeps its text
        Article rule = reader.parse("---\nErster Absatz.\n\n---\n\nZweiter.".getBytes(UTF_8), "regel.md", null, null);
        assertEquals("Erster Absatz.\n\nZweiter.", rule.text());
    }

    @Test
    void htmlWithoutArticleUsesBodyMinusFurnitureAndTitleElement() {
        String html = "<html><head><title>Seitentitel</title></head><body><nav>Menü</nav><header>Kopf</header>"
                + "<div>Erster <b>Absatz</b>.</div><ul><li>eins</li><li>zwei</li></ul><pre>a  b\nc</pre>"
                + "<table><tr><td>Zelle</td></tr></table><img src=x alt=Bild><script>x()</script>"
                + "<footer>Fuß</footer></body></html>";
        Article a = reader.parse(html.getBytes(UTF_8), "s.htm", null, null);
        assertEquals("Seitentitel", a.title());
        assertEquals("Erster Absatz.\n\neins\n\nzwei\n\na b\nc\n\nZelle", a.text());
    }

    @Test
    void htmlInTheEncodingItsMetaTagNames() {
        Article latin1 = reader.parse("<meta charset=\"ISO-8859-1\"><p>Er sagte „Grüße“.</p>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")), "alt.html", null, null);
        assertEquals("Er sagte „Grüße“.", latin1.text()); // the Latin-1 label means Windows-1252, as in browsers
        Article euro = reader.parse("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"><p>Preis: 5 €, süß.</p>"
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-15")), "euro.htm", null, null);
        assertEquals("Preis: 5 €, süß.", euro.text());
        assertTrue(warnings.isEmpty(), warnings::toString);
        reader.parse("<p>Grüße ohne Angabe.</p>".getBytes(java.nio.charset.Charset.forName("windows-1252")), "ohne.html", null, null);
        assertEquals(1, warnings.size()); // no declaration: guessed, and the user is told
    }

    @Test
    void aFormWrappingThePageIsKeptASearchFormIsNot() {
        String html = "<body><form class=suche><label>Suche</label><input name=q></form>"
                + "<form id=aspnetForm><div><p>Der Artikel steht im Formular.</p></div></form></body>";
        assertEquals("Der Artikel steht im Formular.", reader.parse(html.getBytes(UTF_8), "asp.html", null, null).text());
    }

    @Test
    void veryLongTokensAreKeptAndTheTitleIsCut() {
        String token = "x".repeat(20_000);
        Article a = reader.parse((token + " und der Rest.").getBytes(UTF_8), "lang.txt", null, null);
        assertEquals(token + " und der Rest.", a.text());
        assertTrue(a.title().length() <= ArticleReader.MAX_TITLE, () -> "title of " + a.title().length());
        Article md = reader.parse(("# " + token + "\n\nText.").getBytes(UTF_8), "lang.md", null, null);
        assertTrue(md.title().length() <= ArticleReader.MAX_TITLE);
        assertEquals("Text.", md.text());
    }

    @Test
    void deeplyNestedMarkdownAndHtmlDoNotOverflowTheStack() {
        String md = "> ".repeat(50_000) + "tief";
        // commonmark stops nesting at some depth and keeps the rest as text: no crash is what counts
        assertTrue(reader.parse(md.getBytes(UTF_8), "tief.md", null, null).text().endsWith("tief"));
        String html = "<div>".repeat(50_000) + "tief" + "</div>".repeat(50_000);
        assertEquals("tief", reader.parse(html.getBytes(UTF_8), "tief.html", null, null).text());
    }

    @Test
    void theRegistryChoosesByExtension() {
        var formats = reader.formats();
        assertTrue(formats.isArticle("a.DOCX"));
        assertTrue(formats.isArticle("dir/b.htm"));
        assertFalse(formats.isArticle("c.odt"));
        assertFalse(formats.isArticle("README"));
        assertEquals(List.of("docx", "htm", "html", "markdown", "md", "pdf", "txt"), List.copyOf(formats.extensions()));
        assertNull(reader.parse("Nur Text.".getBytes(UTF_8), "README", null, null).date()); // no extension: plain text
    }
}
