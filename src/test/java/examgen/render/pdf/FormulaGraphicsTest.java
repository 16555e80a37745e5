package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import examgen.render.ExternalTools;
import examgen.render.TexFormula;

/** examgen's formula painter puts on the page what OpenPDF's general Graphics2D did, pixel for pixel. */
class FormulaGraphicsTest {

    /** Glyphs in every font JLaTeXMath uses here, sub- and superscripts, a fraction's rule, a root, a hat, a bold symbol. */
    private static final TexFormula FORMULA = TexFormula.of(
            "\\hat{y} = \\frac{\\partial L}{\\partial w_{5}} \\cdot \\sqrt{1 + e^{-z^{2}}} - \\Delta \\mathbf{W} \\leq 0.25", 10.5f);

    private final PdfFonts fonts = new PdfFonts();

    @Test
    void aFormulaIsPaintedAsOpenPdfsGraphicsPaintsIt(@TempDir Path dir) throws Exception {
        BufferedImage openPdf = picture(dir.resolve("openpdf.pdf"),
                (canvas, height) -> canvas.createGraphics(FORMULA.width(), height, fonts.drawing()));
        BufferedImage examgen = picture(dir.resolve("examgen.pdf"),
                (canvas, height) -> new FormulaGraphics(canvas, FORMULA.width(), height, fonts.drawing()));
        int inked = assertSamePixels(openPdf, examgen);
        assertTrue(inked > 2000, "the formula is drawn: " + inked + " pixels inked");
    }

    @Test
    void glyphsAfterTheFirstAreMovedToRatherThanPlacedByAMatrix() throws Exception {
        Document document = new Document(new Rectangle(FORMULA.width() + 20, 40));
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Graphics2D graphics = new FormulaGraphics(canvas, FORMULA.width(), 20, fonts.drawing());
        FORMULA.paint(graphics);
        graphics.dispose();
        String content = canvas.toString();
        long moves = Pattern.compile(" Td\n").matcher(content).results().count();
        long matrices = Pattern.compile(" Tm\n").matcher(content).results().count();
        assertTrue(moves > 2 * matrices, moves + " moves and " + matrices + " matrices in\n" + content);
        document.close();
    }

    @Test
    void aPositionIsKeptAsOpenPdfPrintsIt() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-6, 5));
            double openPdf = Double.parseDouble(ByteBuffer.formatDouble((float) value));
            assertEquals(openPdf, FormulaGraphics.printed(value), "OpenPDF printed " + value + " as " + openPdf);
        }
    }

    @Test
    void aQuadraticCurveIsFilledAsTheCubicItIs(@TempDir Path dir) throws Exception {
        Path2D.Float quadratic = new Path2D.Float();
        quadratic.moveTo(0, 0);
        quadratic.quadTo(30, 0, 30, 6);
        quadratic.lineTo(0, 6);
        quadratic.closePath();
        Path2D.Float cubic = new Path2D.Float();
        cubic.moveTo(0, 0);
        cubic.curveTo(20, 0, 30, 2, 30, 6);
        cubic.lineTo(0, 6);
        cubic.closePath();
        BufferedImage fromQuadratic = picture(dir.resolve("quadratic.pdf"), (canvas, height) -> filling(canvas, height, quadratic));
        BufferedImage fromCubic = picture(dir.resolve("cubic.pdf"), (canvas, height) -> filling(canvas, height, cubic));
        assertSamePixels(fromCubic, fromQuadratic);
    }

    /** @return how many of the pictures' pixels are not white */
    private static int assertSamePixels(BufferedImage expected, BufferedImage actual) {
        int inked = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "the pixel at " + x + "," + y);
                inked += expected.getRGB(x, y) == Color.WHITE.getRGB() ? 0 : 1;
            }
        }
        return inked;
    }

    /** @return a formula's graphics that fills {@code shape} first, over the formula */
    private Graphics2D filling(PdfContentByte canvas, float height, Shape shape) {
        Graphics2D graphics = new FormulaGraphics(canvas, FORMULA.width(), height, fonts.drawing());
        graphics.fill(shape);
        return graphics;
    }

    @Test
    void whatAFormulaNeverDrawsIsRefusedAloud() {
        Graphics2D graphics = new FormulaGraphics(new PdfContentByte(null), 10, 10, fonts.drawing());
        assertThrows(UnsupportedOperationException.class, graphics::create);
        assertThrows(UnsupportedOperationException.class, () -> graphics.drawImage(null, 0, 0, null));
    }

    /**
     * @return at 300 dpi, a page with the formula drawn by the graphics {@code make} returns, after
     *     grey text has left its colour as the page's fill, as text before a formula does
     */
    private BufferedImage picture(Path pdf, BiFunction<PdfContentByte, Float, Graphics2D> make) throws Exception {
        float height = FORMULA.ascent() + FORMULA.depth();
        try (OutputStream out = Files.newOutputStream(pdf)) {
            Document document = new Document(new Rectangle(FORMULA.width() + 20, height + 20));
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            canvas.setColorFill(new Color(0x55, 0x55, 0x55));
            canvas.saveState();
            canvas.concatCTM(1, 0, 0, 1, 10, 10);
            Graphics2D graphics = make.apply(canvas, height);
            FORMULA.paint(graphics);
            graphics.dispose();
            canvas.restoreState();
            document.close();
        }
        return ExternalTools.pdfPicture(pdf, 300);
    }
}
