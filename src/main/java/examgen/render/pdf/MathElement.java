package examgen.render.pdf;

import java.awt.Graphics2D;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;

import examgen.render.TexFormula;

/**
 * A formula in the text, on the text's baseline: JLaTeXMath's glyphs in its own embedded fonts,
 * marked with their plain reading as /ActualText, so that a marker who searches the PDF for
 * {@code -0.8198} or copies {@code ŷ = ReLU(0.1802)} finds what is printed, not TeX's encoding.
 */
final class MathElement extends ReadingElement {

    private final TexFormula formula;

    MathElement(TexFormula formula, String plain, BaseFont textFont, DrawingFontMapper drawingFonts, float size, float dotsPerPoint,
            float scale) {
        super(plain, textFont, size, dotsPerPoint, scale, drawingFonts);
        this.formula = formula;
    }

    @Override
    float width() {
        return Math.max(formula.width(), 0.5f);
    }

    @Override
    float ascent() {
        return formula.ascent();
    }

    @Override
    float depth() {
        return formula.depth();
    }

    @Override
    Graphics2D graphics(PdfContentByte canvas, FontMapper fonts) {
        return new FormulaGraphics(canvas, width(), height(), fonts);
    }

    @Override
    void paint(Graphics2D g) {
        formula.paint(g);
    }
}
