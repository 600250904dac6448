package dev.quizgen.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {
    @Test
    void controlCharactersGoTabsBecomeSpacesLineEndsBecomeLf() {
        assertEquals("ABC", TextSanitizer.clean("A\u0000B\u0007C\u007F\u009B"));
        assertEquals("a b", TextSanitizer.clean("a\tb"));
        assertEquals("a\nb\nc\n", TextSanitizer.clean("a\r\nb\rc\r"));
        assertEquals("Zeile\nSeite\nWort\nEnde\n\nNeu", TextSanitizer.clean("Zeile\u000BSeite\fWort\u2028Ende\u2029Neu"));
    }

    @Test
    void zeroWidthCharactersGo() {
        assertEquals("KimJong-un", TextSanitizer.clean("Kim\u200BJong\u200C-\u200Dun\u2060"));
        assertEquals("innen", TextSanitizer.clean("in\uFEFFnen"));
        assertEquals("Waffenstillstand", TextSanitizer.clean("Waffen\u00ADstill\u00ADstand"));
    }

    @Test
    void bidiControlsGo() {
        // U+202E would display "txt.exe" reversed; the text must say what it shows
        assertEquals("Rechnungexe.txt", TextSanitizer.clean("Rechnung\u202Eexe.txt\u202C"));
        assertEquals("abcdef", TextSanitizer.clean("\u2066a\u2067b\u2068c\u2069d\u200Ee\u200Ff\u061C\u202A\u202B\u202D"));
    }

    @Test
    void normalisesToNfcAfterRemoving() {
        assertEquals("Mädchen", TextSanitizer.clean("Ma\u0308dchen"));
        // the zero-width space between a and the combining diaeresis kept them apart; removed, they compose
        assertEquals("Mädchen", TextSanitizer.clean("Ma\u200B\u0308dchen"));
    }

    @Test
    void loneSurrogatesGoPairsStay() {
        assertEquals("xy", TextSanitizer.clean("x\uD800y\uDC00"));
        assertEquals("Tor \uD83D\uDE00!", TextSanitizer.clean("Tor \uD83D\uDE00!"));
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "„Anführungszeichen“, Umlaute äöüß, Gedankenstrich – und 10\u00A0000 Euro.\n\nZweiter Absatz.";
        assertEquals(text, TextSanitizer.clean(text));
    }

    @Test
    void hostileCharactersAreRemovedFromEveryFormat() {
        ArticleReader reader = new ArticleReader(w -> { });
        assertEquals("Der Text ist sauber.", reader.parse("Der\u200B Text\u202E ist\u0007 sauber.".getBytes(UTF_8), "a.txt", null, null).text());
        assertEquals("Der Text ist sauber.", reader.parse("Der&#x200B; Text&#x202E; ist&#7; sauber.".getBytes(UTF_8), "a.html", null, null).text());
        assertEquals("Der Text ist sauber.", reader.parse("Der&#x200B; *Text*\u2066 ist sauber.".getBytes(UTF_8), "a.md", null, null).text());
        assertEquals("Titel", reader.parse("# Ti\u200Btel\u202E\n\nText.".getBytes(UTF_8), "a.md", null, null).title());
    }
}
