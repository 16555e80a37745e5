package examgen.render.pdf;

import java.awt.Graphics2D;
import java.util.Map;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;

import examgen.render.TexFormula;

/**
 * A formula in the text, on the text's baseline: JLaTeXMath's glyphs in its own embedded fonts,
 * marked with their plain reading as /ActualText, so that a marker who searches the PDF for
 * {@code -0.8198} or copies {@code ŷ = ReLU(0.1802)} finds what is printed, not TeX's encoding.
 */
final class MathElement extends VectorElement {

    private final TexFormula formula;
    private final String plain;
    private final BaseFont textFont;
    private final float size;

    /** The document's forms by formula and reading: a formula printed twice is drawn once. */
    private final Map<String, PdfTemplate> forms;

    MathElement(TexFormula formula, String plain, BaseFont textFont, DrawingFontMapper drawingFonts, float size, float dotsPerPoint,
            Map<String, PdfTemplate> forms) {
        super(dotsPerPoint, drawingFonts);
        this.formula = formula;
        this.plain = plain;
        this.textFont = textFont;
        this.size = size;
        this.forms = forms;
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
    PdfTemplate form(PdfContentByte page) {
        return forms.computeIfAbsent(formula.tex() + '\u0000' + plain, key -> super.form(page));
    }

    @Override
    void draw(PdfTemplate template) {
        PdfDictionary span = new PdfDictionary();
        span.put(PdfName.ACTUALTEXT, new PdfString(plain, PdfObject.TEXT_UNICODE));
        template.beginMarkedContentSequence(PdfName.SPAN, span, true);
        // an invisible space on the baseline anchors the reading in the line, where text extractors look for it
        template.saveState();
        template.beginText();
        template.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_INVISIBLE);
        template.setFontAndSize(textFont, size);
        template.setTextMatrix(0, formula.depth());
        template.showText(" ");
        template.endText();
        template.restoreState();
        super.draw(template);
        template.endMarkedContentSequence();
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
