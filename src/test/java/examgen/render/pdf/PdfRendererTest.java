package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

/** A thread's renderer keeps the stylesheets it parsed, and a page still gets its own; the benchmark's untagged PDFs. */
class PdfRendererTest {

    private static final String RED = "1 0 0 rg";
    private static final String BLUE = "0 0 1 rg";

    @Test
    void eachPageIsStyledByItsOwnStylesheetThoughTheThreadKeepsTheSheetsItParsed() throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        for (String colour : new String[] {RED, BLUE, RED, BLUE}) {
            String content = PageContents.of(renderer.render(page(colour.equals(RED) ? "#f00" : "#00f"), Map.of(), new FormulaMemory(), 1)).get(0);
            String other = colour.equals(RED) ? BLUE : RED;
            assertTrue(content.contains(colour), "the text is not drawn in " + colour + ": " + content);
            assertFalse(content.contains(other), "the page took the colour " + other + " of the page before it: " + content);
        }
    }

    @Test
    void theBenchmarksUntaggedPdfHasNoStructureAndTheSameText() throws Exception {
        byte[] tagged = new PdfRenderer().render(page("#000"), Map.of(), new FormulaMemory(), 1);
        byte[] untagged = new PdfRenderer(false).render(page("#000"), Map.of(), new FormulaMemory(), 1);
        assertNotNull(new PdfReader(tagged).getCatalog().get(PdfName.STRUCTTREEROOT));
        assertNull(new PdfReader(untagged).getCatalog().get(PdfName.STRUCTTREEROOT));
        String content = PageContents.of(untagged).get(0);
        assertFalse(content.contains("BDC") || content.contains("BMC"), content);
        // the same drawing, less the marks around it
        assertEquals(content, PageContents.of(tagged).get(0).replaceAll("/\\w+ (<<[^>]*>> BDC|BMC)\n|EMC\n", ""));
    }

    private static String page(String colour) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>p { color: " + colour + " }</style></head>"
                + "<body><p>coloured</p></body></html>";
    }
}
