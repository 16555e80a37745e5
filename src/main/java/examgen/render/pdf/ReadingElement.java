package examgen.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

/**
 * A picture in the text that reads as text: drawn on the text's baseline, and marked with its plain
 * reading as /ActualText, so that a search or a copy finds what is printed, not how it was drawn.
 */
abstract class ReadingElement extends VectorElement {

    private final String reading;
    private final BaseFont anchorFont;
    private final float size;

    /**
     * @param anchorFont the font of the invisible space that anchors the reading in its line
     * @param size the text's size in points
     */
    ReadingElement(String reading, BaseFont anchorFont, float size, float dotsPerPoint, float scale, FontMapper fonts) {
        super(dotsPerPoint, scale, fonts);
        this.reading = reading;
        this.anchorFont = anchorFont;
        this.size = size;
    }

    /** @return the height above the baseline, in points */
    abstract float ascent();

    /** @return the depth below the baseline, in points */
    abstract float depth();

    @Override
    final float height() {
        return ascent() + depth();
    }

    @Override
    void draw(PdfContentByte canvas) {
        PdfDictionary span = new PdfDictionary();
        span.put(PdfName.ACTUALTEXT, new PdfString(reading, PdfObject.TEXT_UNICODE));
        canvas.beginMarkedContentSequence(PdfName.SPAN, span, true);
        // an invisible space on the baseline anchors the reading in the line, where text extractors look for it
        canvas.saveState();
        canvas.beginText();
        canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_INVISIBLE);
        canvas.setFontAndSize(anchorFont, size);
        canvas.setTextMatrix(0, depth());
        canvas.showText(" ");
        canvas.endText();
        canvas.restoreState();
        super.draw(canvas);
        canvas.endMarkedContentSequence();
    }

    @Override
    public boolean hasBaseline() {
        return true;
    }

    @Override
    public int getBaseline() {
        return Math.round(ascent() * (getIntrinsicHeight() / height()));
    }
}
