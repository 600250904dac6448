package dev.quizgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void cdataCarriesItsOwnEndMarker() {
        assertEquals("<![CDATA[a]]]]><![CDATA[>b]]>", Markup.cdata("a]]>b"));
    }

    @Test
    void charactersXmlCannotHoldBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\tc\n😀\uFFFD", Markup.xmlLegal("a\u0007b\tc\n😀\uD800"));
        assertEquals("x &lt;y&gt; &amp; &quot;z&quot;", Markup.xml("x <y> & \"z\""));
    }

    @Test
    void htmlEscapingLeavesNoMarkup() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;amp;", Markup.html("<script>alert('x')</script> &amp;"));
        assertEquals("<p>a &lt;b&gt;<br>c</p>", Markup.paragraph("a <b>\nc"));
    }

    @Test
    void excerptCountsCodePoints() {
        assertEquals("😀😀…", Markup.excerpt("😀😀😀😀", 3));
        assertEquals("a b", Markup.excerpt(" a \n b ", 3));
    }

    @Test
    void gapsSplitOnFiveOrMoreUnderscores() {
        assertEquals(List.of("", " traf Kim in ", "."), Gaps.split("_____ traf Kim in _______."));
        assertEquals(0, Gaps.count("kein ____ hier"));
    }
}
