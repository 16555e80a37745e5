package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void proseAndMathsAlternate() {
        assertEquals(List.of(new Segment(false, "with ", "with ", ""), new Segment(true, "x_1", "x1", ""), new Segment(false, " and ", " and ", ""),
                new Segment(true, "\\hat{y}", "ŷ", "")), Segment.of("with \\(x_1\\) and \\(\\hat{y}\\)"));
    }

    @Test
    void punctuationAfterAFormulaGoesWithIt() {
        assertEquals(List.of(new Segment(true, "x_1 = 3", "x1 = 3", ","), new Segment(false, " then", " then", "")),
                Segment.of("\\(x_1 = 3\\), then"));
        assertEquals(List.of(new Segment(false, "(at ", "(at ", ""), new Segment(true, "w_5", "w5", ").")), Segment.of("(at \\(w_5\\))."));
    }

    @Test
    void aColonOrASpacedCommaStaysProse() {
        assertEquals(List.of(new Segment(true, "E", "E", ""), new Segment(false, ": the loss", ": the loss", "")), Segment.of("\\(E\\): the loss"));
        assertEquals(List.of(new Segment(true, "E", "E", ""), new Segment(false, " , x", " , x", "")), Segment.of("\\(E\\) , x"));
    }

    @Test
    void proseOfWhiteSpaceAloneIsOneSpace() {
        assertEquals(List.of(new Segment(true, "a", "a", ""), new Segment(false, " ", " ", ""), new Segment(true, "b", "b", "")),
                Segment.of("\\(a\\)\n  \\(b\\)"));
        assertEquals(new Segment(false, "\u2003", "\u2003", ""), Segment.of("\\(a\\)\u2003\\(b\\)").get(1), "an em space is kept");
    }
}
