package dev.quizgen.article.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The line-joining rule of {@link PdfFormat#joinLines}, case by case. */
class PdfLinesTest {
    private static String join(String... lines) {
        return PdfFormat.joinLines(List.of(lines), Set.of());
    }

    @Test
    void typesetterHyphenBetweenLowerCaseLettersGoes() {
        assertEquals("das Waffenstillstandsabkommen wurde", join("das Waffenstill-", "standsabkommen wurde"));
        assertEquals("Denuklearisierung", join("Denukleari\u2010", "sierung"));
    }

    @Test
    void realHyphenBeforeACapitalOrDigitStays() {
        assertEquals("im Korea-Krieg beendet", join("im Korea-", "Krieg beendet"));
        assertEquals("die G7-2019", join("die G7-", "2019"));
    }

    @Test
    void hyphenAfterACapitalStays() {
        assertEquals("die US-amerikanische Seite", join("die US-", "amerikanische Seite"));
    }

    @Test
    void pairSeenHyphenatedElsewhereStays() {
        assertEquals("Kim Jong-un sagte", PdfFormat.joinLines(List.of("Kim Jong-", "un sagte"), Set.of("Jong-un")));
        assertEquals("Kim Jongun sagte", join("Kim Jong-", "un sagte")); // without that evidence the rule joins
    }

    @Test
    void leftOutWordPartKeepsHyphenAndSpace() {
        assertEquals("Nord- und Südkorea", join("Nord-", "und Südkorea"));
        assertEquals("pre- and post-war", join("pre-", "and post-war"));
    }

    @Test
    void softHyphenAlwaysGoesOtherLinesGetASpace() {
        assertEquals("Friedensvertrag", join("Friedens\u00AD", "vertrag"));
        assertEquals("Erste Zeile zweite Zeile", join("Erste Zeile", "zweite Zeile"));
        assertEquals("ein Strich - und weiter", join("ein Strich -", "und weiter"));
    }

    @Test
    void paragraphsFromMarkedStripperOutput() {
        // lines end with U+0004 and the font size (tenths of a point); U+0002 ends a paragraph, U+0003 a page
        String raw = "Titel\u0004200\n\u0002Erste Zeile mit Waffen-\u0004120\nstillstand.\u0004120\n\u0002"
                + "• Punkt eins\u0004120\n• Punkt zwei\u0004120\u0002Ein Satz über die Seiten-\u0004120\u0002\u0003"
                + "3\u0004120\u0002grenze hinweg.\u0004120\u0002\u0003";
        List<List<PdfFormat.Line>> paras = PdfFormat.paragraphs(raw);
        List<String> texts = paras.stream().map(p -> PdfFormat.joinLines(p.stream().map(PdfFormat.Line::text).toList(), Set.of())).toList();
        assertEquals(List.of("Titel", "Erste Zeile mit Waffenstillstand.", "Punkt eins", "Punkt zwei",
                "Ein Satz über die Seitengrenze hinweg."), texts);
    }
}
