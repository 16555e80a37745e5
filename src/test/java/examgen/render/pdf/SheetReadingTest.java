package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SheetReadingTest {

    @Test
    void pageRulesAreLeftOutWithTheirMarginBoxes() {
        String css = "p { color: red }\n@page { size: A4; @bottom-left { content: \"a } b\"; } }\nli { margin: 0 }";
        assertEquals("p { color: red }\n\nli { margin: 0 }", SheetReading.of(css).elementRules());
        assertEquals(SheetReading.of(css.replace("a } b", "c")).elementRules(), SheetReading.of(css).elementRules());
    }

    @Test
    void onlyPageRulesAreLeftOut() {
        String css = "/* @page { */ p.page { color: red } @pages-like { x: y } p::before { content: \"@page {\" }";
        assertEquals(css, SheetReading.of(css).elementRules());
        assertEquals("h1 {}", SheetReading.of("h1 {}@PAGE :first { margin: 1cm }").elementRules());
    }

    @Test
    void dataAttributesAreThoseNamedOutsideCommentsAndStrings() {
        SheetReading reading = SheetReading.of("span[data-shaped] { x: y } /* data-comment */ p::before { content: attr(DATA-Tex) \"data-string\" }");
        assertEquals(Set.of("data-shaped", "data-tex"), reading.dataAttributes());
        assertFalse(reading.escapes());
    }

    @Test
    void anImportIsSeenOutsideCommentsAndStrings() {
        assertTrue(SheetReading.of("@IMPORT url(more.css); p { x: y }").imports());
        assertFalse(SheetReading.of("/* @import url(more.css); */ p::before { content: \"@import\" }").imports());
    }

    @Test
    void anEscapeOutsideAStringCouldSpellAName() {
        assertTrue(SheetReading.of("span[d\\61 ta-x] { color: red }").escapes());
        assertFalse(SheetReading.of("br:before { content: \"\\A\" }").escapes());
    }
}
