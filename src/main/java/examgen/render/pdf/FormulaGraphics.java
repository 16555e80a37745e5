package examgen.render.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;

import org.apache.xmlgraphics.java2d.AbstractGraphics2D;
import org.apache.xmlgraphics.java2d.GraphicContext;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * The Graphics2D that JLaTeXMath paints a formula with: its glyphs as text in the embedded fonts and
 * its rules as filled paths, written straight into the page. JLaTeXMath asks only for that; OpenPDF's
 * general Graphics2D made a bitmap graphics for each formula and two maps of font attributes for each
 * glyph, a tenth of a student's time. A run of glyphs shares one text object until a rule is filled or
 * the formula ends; an upright glyph's size is its font's, and it is placed by a move from the glyph
 * before (Td, two numbers) rather than a matrix of its own (Tm, six): a key's pages hold a seventh less.
 */
final class FormulaGraphics extends AbstractGraphics2D {

    private final PdfContentByte canvas;
    private final FontMapper fonts;
    /** From the formula's space (points, y down from its top) to the canvas's (y up from its bottom). */
    private final AffineTransform toCanvas;
    /** The fill colour last written to the canvas, none at first: the page's text may have left any. */
    private Color written;
    /** Whether a text object is open, and the font and size last set in it (none when it opens). */
    private boolean inText;
    private BaseFont textFont;
    private float textSize;
    /** Whether the open text object's matrix only moves (its glyphs upright at their font's size), and to where. */
    private boolean movesOnly;
    private double originX;
    private double originY;

    /**
     * Starts drawing a formula whose box, in points, has its bottom left at the canvas's origin; what is
     * drawn is clipped to the box, as OpenPDF's Graphics2D clipped it, until the canvas's state is restored.
     */
    FormulaGraphics(PdfContentByte canvas, float width, float height, FontMapper fonts) {
        super(false);
        this.canvas = canvas;
        this.fonts = fonts;
        this.toCanvas = new AffineTransform(1, 0, 0, -1, 0, height);
        gc = new GraphicContext();
        canvas.rectangle(0, 0, width, height);
        canvas.clip();
        canvas.newPath();
    }

    @Override
    public void drawString(String text, float x, float y) {
        Font font = getFont();
        AffineTransform matrix = canvasTransform();
        matrix.translate(x, y);
        matrix.concatenate(font.getTransform());
        matrix.scale(1, -1); // glyphs stand up in the canvas's y-up space
        useFill();
        if (!inText) {
            canvas.beginText();
            inText = true;
            textFont = null;
            movesOnly = false;
        }
        // the scale goes into the font's size where it is the same both ways, as it is for every upright glyph
        double scale = matrix.getScaleX();
        boolean upright = matrix.getShearX() == 0 && matrix.getShearY() == 0 && matrix.getScaleY() == scale;
        float size = upright ? (float) (font.getSize2D() * scale) : font.getSize2D();
        BaseFont pdfFont = fonts.awtToPdf(font);
        if (pdfFont != textFont || size != textSize) {
            canvas.setFontAndSize(pdfFont, size);
            textFont = pdfFont;
            textSize = size;
        }
        // where the page will have the glyph, as OpenPDF prints its position; a move there from the glyph
        // before is written only where OpenPDF prints the move exactly, so the glyph lands where a matrix puts it
        double glyphX = printed(matrix.getTranslateX());
        double glyphY = printed(matrix.getTranslateY());
        double moveX = glyphX - originX;
        double moveY = glyphY - originY;
        if (upright && movesOnly && printsExactly(moveX) && printsExactly(moveY)) {
            canvas.moveText((float) moveX, (float) moveY);
        } else if (upright) {
            canvas.setTextMatrix((float) glyphX, (float) glyphY);
        } else {
            canvas.setTextMatrix((float) matrix.getScaleX(), (float) matrix.getShearY(), (float) matrix.getShearX(),
                    (float) matrix.getScaleY(), (float) glyphX, (float) glyphY);
        }
        movesOnly = upright;
        originX = glyphX;
        originY = glyphY;
        canvas.showText(text);
    }

    private static boolean printsExactly(double move) {
        return Math.abs(printed(move) - move) < 1e-7;
    }

    /**
     * @return {@code value} as OpenPDF writes it into a page (its {@code ByteBuffer.formatDouble}): a float,
     *     rounded half up to five decimals below 1, to two up to 32767, and whole beyond. Worked out here
     *     rather than by formatting and parsing OpenPDF's text: that takes about 110 ns a number, tens of
     *     thousands of numbers a student, more than the moves save; a test holds the two to the same values.
     */
    static double printed(double value) {
        double magnitude = Math.abs((double) (float) value);
        if (magnitude < 0.000015) {
            return 0;
        }
        double rounded = magnitude < 1 ? (int) ((magnitude + 0.000005) * 100000) / 100000.0
                : magnitude <= 32767 ? (int) ((magnitude + 0.005) * 100) / 100.0 : (long) (magnitude + 0.5);
        return Math.copySign(rounded, value);
    }

    /** Paths are not allowed inside a text object: a fill ends the run of glyphs before it. */
    private void endText() {
        if (inText) {
            canvas.endText();
            inText = false;
        }
    }

    @Override
    public void fill(Shape shape) {
        endText();
        useFill();
        float[] point = new float[6];
        float[] current = new float[2];
        float[] subpathStart = new float[2];
        int segments = 0;
        PathIterator path = shape.getPathIterator(canvasTransform());
        for (; !path.isDone(); path.next(), segments++) {
            switch (path.currentSegment(point)) {
                case PathIterator.SEG_MOVETO -> {
                    canvas.moveTo(point[0], point[1]);
                    setCurrent(subpathStart, point, 0);
                    setCurrent(current, point, 0);
                }
                case PathIterator.SEG_LINETO -> {
                    canvas.lineTo(point[0], point[1]);
                    setCurrent(current, point, 0);
                }
                case PathIterator.SEG_QUADTO -> {
                    // PDF has cubic curves only: the quadratic's control point pulls two thirds of the way from each end
                    canvas.curveTo(current[0] + 2 * (point[0] - current[0]) / 3, current[1] + 2 * (point[1] - current[1]) / 3,
                            point[2] + 2 * (point[0] - point[2]) / 3, point[3] + 2 * (point[1] - point[3]) / 3, point[2], point[3]);
                    setCurrent(current, point, 2);
                }
                case PathIterator.SEG_CUBICTO -> {
                    canvas.curveTo(point[0], point[1], point[2], point[3], point[4], point[5]);
                    setCurrent(current, point, 4);
                }
                default -> {
                    canvas.closePath();
                    setCurrent(current, subpathStart, 0);
                }
            }
        }
        if (segments == 0) {
            return;
        }
        if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            canvas.eoFill();
        } else {
            canvas.fill();
        }
    }

    private static void setCurrent(float[] current, float[] points, int at) {
        current[0] = points[at];
        current[1] = points[at + 1];
    }

    /** A line is filled as the outline its stroke makes, so that it scales with the formula like its glyphs. */
    @Override
    public void draw(Shape shape) {
        fill(getStroke().createStrokedShape(shape));
    }

    /** @return the transform from the graphics' user space to the canvas's */
    private AffineTransform canvasTransform() {
        AffineTransform transform = new AffineTransform(toCanvas);
        transform.concatenate(getTransform());
        return transform;
    }

    private void useFill() {
        Color color = getColor();
        if (!color.equals(written)) {
            canvas.setColorFill(color);
            written = color;
        }
    }

    /** JLaTeXMath paints with the one graphics it is given; a second would not know the colour written. */
    @Override
    public Graphics create() {
        throw unsupported("copies of themselves");
    }

    /** Ends the last run of glyphs: the formula is drawn. */
    @Override
    public void dispose() {
        endText();
    }

    /**
     * A Graphics disposes of itself when finalized; this one is disposed of as soon as its formula is
     * drawn, and an empty finalizer spares Java keeping track of each of them to finalize.
     */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void finalize() {
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        throw unsupported("a device configuration");
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        throw unsupported("font metrics (JLaTeXMath measures with its own)");
    }

    @Override
    public boolean drawImage(Image image, int x, int y, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public void drawRenderedImage(RenderedImage image, AffineTransform transform) {
        throw unsupported("images");
    }

    @Override
    public void drawRenderableImage(RenderableImage image, AffineTransform transform) {
        throw unsupported("images");
    }

    @Override
    public void setXORMode(Color color) {
        throw unsupported("XOR painting");
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        throw unsupported("copying areas");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("a formula's graphics draw no " + what);
    }
}
