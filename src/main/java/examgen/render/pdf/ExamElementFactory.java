package examgen.render.pdf;

import java.util.Map;

import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

import examgen.render.ScriptFont;
import examgen.render.TexFormula;
import examgen.render.figure.Fonts;
import examgen.render.figure.Figure;

/**
 * Replaces the page's maths ({@code <span class="math" data-tex="…">plain</span>}), names in scripts
 * that need shaping ({@code <span class="script-arabic" data-shaped="…">}) and figures
 * ({@code <div data-figure="id">}) by vector elements; everything else goes to Flying Saucer's own factory.
 */
final class ExamElementFactory implements ReplacedElementFactory {

    /** Formulas and shaped names are set at the size of the body text. */
    static final float MATH_SIZE = 10.5f;

    private final ReplacedElementFactory fallback;
    private final Map<String, Figure> figures;
    private final PdfFonts fonts;
    private final float dotsPerPoint;
    /** How many times their drawn size formulas, names and figures are set: more than 1 in large print. */
    private final float scale;
    /** Flying Saucer asks for an element more than once while laying out, and a key repeats its paper's formulas. */
    private final FormulaMemory formulas;

    ExamElementFactory(ITextReplacedElementFactory fallback, Map<String, Figure> figures, PdfFonts fonts,
            FormulaMemory formulas, float dotsPerPoint, float scale) {
        this.fallback = fallback;
        this.figures = figures;
        this.fonts = fonts;
        this.formulas = formulas;
        this.dotsPerPoint = dotsPerPoint;
        this.scale = scale;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element element = box.getElement();
        if (element != null && element.hasAttribute("data-tex")) {
            TexFormula formula = formulas.get(element.getAttribute("data-tex"));
            return new MathElement(formula, element.getAttribute("data-plain"), fonts.sans(),
                    fonts.drawing(), MATH_SIZE, dotsPerPoint, scale);
        }
        if (element != null && element.hasAttribute("data-shaped")) {
            ScriptFont script = ScriptFont.ofClass(element.getAttribute("class"));
            return new ShapedTextElement(element.getAttribute("data-shaped"), Fonts.shipped(script.file()).deriveFont(MATH_SIZE),
                    fonts.sans(), fonts.drawing(), dotsPerPoint, scale);
        }
        if (element != null && element.hasAttribute("data-figure")) {
            Figure figure = figures.get(element.getAttribute("data-figure"));
            if (figure == null) {
                throw new IllegalStateException("the page names figure '" + element.getAttribute("data-figure") + "', which was not drawn");
            }
            // in large print the page gives the figure its box, the larger size capped at the text's width
            float size = scale == 1 || cssWidth <= 0 ? 1 : cssWidth / (figure.width() * dotsPerPoint);
            return new FigureElement(figure, fonts.drawing(), dotsPerPoint, size);
        }
        return fallback.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    @Override
    public void reset() {
        fallback.reset();
    }

    @Override
    public void remove(Element element) {
        fallback.remove(element);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        fallback.setFormSubmissionListener(listener);
    }
}
