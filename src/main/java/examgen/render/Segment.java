package examgen.render;

import java.util.ArrayList;
import java.util.List;

import examgen.explain.TexText;

/**
 * A run of markup: prose, or a TeX formula with its plain-text reading and the punctuation that
 * follows it. Pages are built from segments, so that a template prints prose as text and a formula
 * as a maths element, and computes neither.
 *
 * @param after for a formula, the punctuation written right after it ({@code ,} {@code .} {@code ;}
 *     {@code )} {@code ?} {@code !}), which a page keeps on the formula's line; empty for prose
 */
public record Segment(boolean math, String text, String plain, String after) {

    /** Punctuation that must not start a line after a formula. A colon is left out: inside TeX it would be a relation. */
    private static final String GLUED = ",.;)?!";

    /** @return the segments of markup: prose, with formulas between {@code \(} and {@code \)} (or {@code \[} and {@code \]}) */
    public static List<Segment> of(String markup) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < markup.length()) {
            int open = markup.indexOf("\\(", at);
            int display = markup.indexOf("\\[", at);
            if (open < 0 || (display >= 0 && display < open)) {
                open = display;
            }
            if (open < 0) {
                segments.add(prose(markup.substring(at)));
                break;
            }
            if (open > at) {
                segments.add(prose(markup.substring(at, open)));
            }
            String close = markup.charAt(open + 1) == '(' ? "\\)" : "\\]";
            int end = markup.indexOf(close, open + 2);
            if (end < 0) {
                throw new IllegalArgumentException("maths opened and never closed: " + markup);
            }
            String tex = markup.substring(open + 2, end).strip();
            at = end + 2;
            int glued = at;
            while (glued < markup.length() && GLUED.indexOf(markup.charAt(glued)) >= 0) {
                glued++;
            }
            segments.add(new Segment(true, tex, TexText.mathToPlain(tex), markup.substring(at, glued)));
            at = glued;
        }
        return segments;
    }

    /**
     * Prose of collapsible white space alone, a line break between two formulas say, is the one space it prints as:
     * the PDF takes a line break between tags for the template's layout.
     */
    private static Segment prose(String text) {
        String printed = CollapsibleSpace.only(text) ? " " : text;
        return new Segment(false, printed, printed, "");
    }
}
