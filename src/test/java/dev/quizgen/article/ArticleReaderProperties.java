package dev.quizgen.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizgen.QuizgenException;
import java.text.Normalizer;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;

/**
 * Any input through {@link ArticleReader#parse} gives an article with clean text or a
 * {@link QuizgenException} (one line); never another exception.
 */
class ArticleReaderProperties {
    private static final String HOSTILE = "\u0000\u0001\u0007\b\t\n\u000B\f\r\u001B\u007F\u0085\u009B\u00AD\u061C"
            + "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2028\u2029\u2060\u2066\u2067\u2068\u2069"
            + "\uFEFF\uFFFE\uFFFF\uD800\uDC00\u0301\u0308";
    private static final String TEXT = "abcxyzäöüßÄÖÜ„“»« .,;:!?-–—#*_[]()<>&;/\\`>1234567890\n";
    private static final String[] TEXT_FORMATS = {"txt", "md", "html", "htm"};
    private static final String[] ALL_FORMATS = {"txt", "md", "markdown", "html", "htm", "docx", "pdf"};

    private final ArticleReader reader = new ArticleReader(w -> { });

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> mixed = Arbitraries.strings().withChars(HOSTILE + TEXT).ofMaxLength(300);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200); // the whole of UTF-16, lone surrogates included
        Arbitrary<String> markup = Arbitraries.of("# ", "<p>", "</div>", "&#x202E;", "&#0;", "**", "![a](b)", "date 2019-07 ",
                "<script>", "```\n", "> ", "- ", "<h1>", "&nbsp;").list().ofMaxSize(20).map(l -> String.join("", l));
        return Arbitraries.oneOf(mixed, any, Combinators.combine(markup, mixed).as((a, b) -> a + b));
    }

    @Property(tries = 1000)
    void anyTextInATextFormatIsCleanOrRefused(@ForAll("hostileText") String text, @ForAll("textFormat") String ext) {
        check(text.getBytes(UTF_8), "artikel." + ext);
    }

    @Property(tries = 300)
    void anyUtf16TextIsCleanOrRefused(@ForAll("hostileText") String text) {
        byte[] le = new byte[2 + 2 * text.length()]; // written by hand: lone surrogates reach the decoder
        le[0] = (byte) 0xFF;
        le[1] = (byte) 0xFE;
        for (int i = 0; i < text.length(); i++) {
            le[2 + 2 * i] = (byte) text.charAt(i);
            le[3 + 2 * i] = (byte) (text.charAt(i) >> 8);
        }
        check(le, "artikel.txt");
    }

    @Provide
    Arbitrary<String> textFormat() {
        return Arbitraries.of(TEXT_FORMATS);
    }

    @Provide
    Arbitrary<String> anyFormat() {
        return Arbitraries.of(ALL_FORMATS);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        // real magic numbers get random bytes deeper into the ZIP and PDF parsers
        Arbitrary<byte[]> zip = random.map(b -> concat(new byte[] {'P', 'K', 3, 4}, b));
        Arbitrary<byte[]> pdf = random.map(b -> concat("%PDF-1.7\n".getBytes(UTF_8), b));
        return Arbitraries.oneOf(random, zip, pdf);
    }

    @Property(tries = 500)
    void anyBytesInAnyFormatAreCleanOrRefused(@ForAll("anyBytes") byte[] bytes, @ForAll("anyFormat") String ext) {
        check(bytes, "artikel." + ext);
    }

    @Provide
    Arbitrary<byte[]> damagedRealFile() {
        return Arbitraries.of("artikel.docx", "artikel.pdf").flatMap(name -> {
            byte[] original = Inputs.bytes(name);
            Arbitrary<Integer> position = Arbitraries.integers().between(0, original.length - 1);
            return Combinators.combine(position.list().ofMinSize(1).ofMaxSize(8), Arbitraries.bytes().list().ofSize(8),
                    Arbitraries.integers().between(1, original.length)).as((positions, values, length) -> {
                        byte[] b = Arrays.copyOf(original, original.length);
                        for (int i = 0; i < positions.size(); i++) {
                            b[positions.get(i)] = values.get(i);
                        }
                        return length % 3 == 0 ? Arrays.copyOf(b, length) : b; // a third also cut short
                    });
        });
    }

    // a damaged PDF costs PDFBox about 40 ms of CPU here: 100 tries keep the suite fast
    @Property(tries = 100)
    void damagedDocxAndPdfAreReadOrRefused(@ForAll("damagedRealFile") byte[] bytes) {
        // the format is chosen by content here: the name matches the file the bytes came from
        check(bytes, bytes.length > 4 && bytes[0] == '%' ? "artikel.pdf" : "artikel.docx");
    }

    @Property(tries = 1000)
    void sanitisedTextIsCleanNfcAndStable(@ForAll("hostileText") String text) {
        String clean = TextSanitizer.clean(text);
        assertClean(clean);
        assertEquals(clean, TextSanitizer.clean(clean));
    }

    private void check(byte[] bytes, String fileName) {
        Article a;
        try {
            a = reader.parse(bytes, fileName, null, null);
        } catch (QuizgenException e) {
            Statistics.label("outcome").collect("refused");
            assertFalse(e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains(fileName), e.getMessage());
            return;
        }
        Statistics.label("outcome").collect("read");
        assertClean(a.text());
        assertClean(a.title());
        assertTrue(a.text().codePoints().anyMatch(Character::isLetterOrDigit));
    }

    private static void assertClean(String s) {
        s.codePoints().forEach(c -> assertFalse(forbidden(c),
                () -> String.format("U+%04X left in %s", c, s.codePoints().limit(80)
                        .mapToObj(x -> String.format("%04X", x)).toList())));
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC));
    }

    /** The characters the brief says must go, written out here independently of {@link TextSanitizer}. */
    private static boolean forbidden(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' // tab and CR included: replaced
                || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF // zero-width
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F // bidi
                || c >= 0xD800 && c <= 0xDFFF; // a code point that is a surrogate was unpaired
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
