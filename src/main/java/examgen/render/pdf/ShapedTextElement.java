package examgen.render.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

import com.lowagie.text.pdf.BaseFont;

/**
 * A run of a name in a script whose letters join, reorder or run right to left (Arabic, Hebrew,
 * Devanagari, Thai), which OpenPDF sets letter by letter: laid out by Java's shaper instead, drawn
 * as outlines on the text's baseline, and marked with the run as /ActualText so that it is found
 * and copied as written.
 */
final class ShapedTextElement extends ReadingElement {

    /** Fractional metrics, as the PDF places glyphs to a fraction of a point. */
    private static final FontRenderContext FRACTIONAL = new FontRenderContext(null, true, true);

    private final TextLayout layout;

    /** @param font the script's font at the text's size */
    ShapedTextElement(String text, Font font, BaseFont anchorFont, DrawingFontMapper drawingFonts, float dotsPerPoint, float scale) {
        super(text, anchorFont, font.getSize2D(), dotsPerPoint, scale, drawingFonts);
        this.layout = new TextLayout(text, font, FRACTIONAL);
    }

    @Override
    float width() {
        return layout.getAdvance();
    }

    @Override
    float ascent() {
        return layout.getAscent();
    }

    @Override
    float depth() {
        return layout.getDescent();
    }

    @Override
    void paint(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.fill(layout.getOutline(AffineTransform.getTranslateInstance(0, ascent())));
    }
}
