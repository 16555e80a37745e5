package examgen.render.pdf;

import java.awt.Graphics2D;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import examgen.render.TexFormula;

/**
 * A formula in the text, on the text's baseline: JLaTeXMath's glyphs as vector shapes, under an
 * invisible copy of the formula's plain-text reading stretched to the same width, so that a marker
 * who searches the PDF for {@code -0.8198} or copies {@code ŷ = ReLU(0.1802)} finds what is printed.
 */
final class MathElement extends VectorElement {

    private final TexFormula formula;
    private final String plain;
    private final BaseFont textFont;
    private final float size;

    MathElement(TexFormula formula, String plain, BaseFont textFont, float size, float dotsPerPoint) {
        super(dotsPerPoint);
        this.formula = formula;
        this.plain = plain;
        this.textFont = textFont;
        this.size = size;
    }

    @Override
    float width() {
        return Math.max(formula.width(), 0.5f);
    }

    @Override
    float height() {
        return formula.ascent() + formula.depth();
    }

    @Override
    void paint(Graphics2D g) {
        formula.paint(g);
    }

    @Override
    void writeTextLayer(PdfTemplate template) {
        float natural = textFont.getWidthPoint(plain, size);
        if (natural <= 0) {
            return;
        }
        template.beginText();
        template.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_INVISIBLE);
        template.setFontAndSize(textFont, size);
        template.setHorizontalScaling(100 * width() / natural);
        template.setTextMatrix(0, formula.depth());
        template.showText(plain);
        template.endText();
    }

    @Override
    public boolean hasBaseline() {
        return true;
    }

    @Override
    public int getBaseline() {
        return Math.round(formula.ascent() * (getIntrinsicHeight() / height()));
    }
}
