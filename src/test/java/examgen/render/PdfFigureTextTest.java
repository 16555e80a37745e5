package examgen.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.render.figure.Plot;
import examgen.render.pdf.FormulaMemory;
import examgen.render.pdf.PdfRenderer;

/** A figure's labels go into the PDF as text, not outlines: a marker can search them, and they cost a fraction of the bytes. */
class PdfFigureTextTest {

    @Test
    void aPlotsLabelsAndLegendAreText(@TempDir Path dir) throws Exception {
        Plot plot = new Plot("iteration", "σ′(x)", 0, 10, 0, 2,
                List.of(new Plot.Series("run ŷ₁", List.of(new double[] {0, 0.5}, new double[] {10, 1.5}), Plot.BLUE, false, false, true)),
                "a rising line");
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<div data-figure=\"f\" style=\"display: inline-block; width: 400pt; height: 220pt\"></div></body></html>";
        Path pdf = dir.resolve("figure.pdf");
        Files.write(pdf, new PdfRenderer().render(page, Map.of("f", plot), new FormulaMemory(), 1));

        String text = ExternalTools.pdfText(pdf);
        for (String label : List.of("iteration", "σ′(x)", "run ŷ₁", "0.5", "1.5")) {
            assertTrue(text.contains(label), "the figure's text lacks " + label + ": " + text);
        }
    }
}
