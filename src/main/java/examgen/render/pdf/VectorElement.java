package examgen.render.pdf;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Point2D;

import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A box of the page that is painted by Java2D: a formula, a figure or a shaped name, drawn straight
 * into the page where the box is (a PDF form for each cost an object and a compressed stream: a
 * third of a key's bytes and 7% of its time).
 */
abstract class VectorElement implements ITextReplacedElement {

    private final Point location = new Point();
    private final float dotsPerPoint;
    private final float scale;
    private final FontMapper fonts;

    /**
     * @param scale how many times its drawn size the page sets the picture (more than 1 in large print)
     * @param fonts the embedded fonts that the picture's text is set in
     */
    VectorElement(float dotsPerPoint, float scale, FontMapper fonts) {
        this.dotsPerPoint = dotsPerPoint;
        this.scale = scale;
        this.fonts = fonts;
    }

    /** @return the width in points */
    abstract float width();

    /** @return the height in points */
    abstract float height();

    /** Paints the picture with its top left corner at (0, 0), in points. */
    abstract void paint(Graphics2D g);

    /**
     * Draws the picture with its bottom left corner at the origin of {@code canvas}, clipped to its box
     * (as OpenPDF's Graphics2D clips): lines and shapes as vectors, text as text in the embedded fonts.
     */
    void draw(PdfContentByte canvas) {
        // the clip, fonts and colours the picture sets end with it, before a reading that marks it ends: text extractors
        // read them there (paint's saved state ends after the reading, and a reading marked outside it is lost to poppler)
        canvas.saveState();
        Graphics2D g = graphics(canvas, fonts);
        paint(g);
        g.dispose();
        canvas.restoreState();
    }

    /** @return a Graphics2D that draws into {@code canvas} in {@code fonts}, its origin at the picture's top left */
    Graphics2D graphics(PdfContentByte canvas, FontMapper fonts) {
        return canvas.createGraphics(width(), height(), fonts);
    }

    @Override
    public int getIntrinsicWidth() {
        return Math.round(width() * scale * dotsPerPoint);
    }

    @Override
    public int getIntrinsicHeight() {
        return Math.round(height() * scale * dotsPerPoint);
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location.setLocation(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice outputDevice, BlockBox box) {
        PdfContentByte page = outputDevice.getCurrentPage();
        Rectangle bounds = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        // the device's transform takes layout dots to points measured down from the page's top
        Point2D bottomLeft = outputDevice.getTransform().transform(new Point2D.Float(bounds.x, bounds.y + getIntrinsicHeight()), null);
        float pageHeight = c.getPage().getHeight(c) / dotsPerPoint;
        page.saveState();
        page.concatCTM(scale, 0, 0, scale, (float) bottomLeft.getX(), pageHeight - (float) bottomLeft.getY());
        draw(page);
        page.restoreState();
    }
}
