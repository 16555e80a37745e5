package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import examgen.bank.Bank;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.render.PageModel;
import examgen.render.PageRenderer;

/** A page template's line breaks between tags are left out of the PDF's page, and nothing printed moves for it. */
class IndentationTest {

    @Test
    void lineBreaksBetweenTagsGoAndSpacesWrittenOnALineStay() {
        Document page = PdfRenderer.parse("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                  <p>a <b>bold</b> word
                  and the next line</p>
                  <p><span>x</span> <span>y</span></p>
                  <p><span>x</span>&#x2003;
                  <span>y</span></p>
                </body></html>""");
        Indentation.remove(page);
        Node body = page.getElementsByTagName("body").item(0);
        assertEquals(List.of("p", "p", "p"), children(body));
        assertEquals(List.of("#text", "b", "#text"), children(body.getFirstChild()));
        assertEquals(" word\n  and the next line", body.getFirstChild().getLastChild().getNodeValue());
        Node spaced = body.getChildNodes().item(1);
        assertEquals(List.of("span", "#text", "span"), children(spaced));
        assertEquals(" ", spaced.getChildNodes().item(1).getNodeValue());
        assertEquals(List.of("span", "#text", "span"), children(body.getLastChild()), "an em space prints, a line break or not");
    }

    @Test
    void everyPageOfThePracticeKeyIsDrawnAsWithTheLineBreaks() throws Exception {
        Bank bank = Bank.load(Path.of("question-bank"));
        Paper paper = new PaperBuilder(bank, new VariantFactory()).build(bank.expectPaper("week7-practice"), PaperBuilder.NO_STUDENT);
        PageModel model = new PageModel();
        String xhtml = new PageRenderer(Path.of("templates")).render(PageRenderer.PAGE,
                model.build(paper, PageModel.Kind.KEY, PageModel.Medium.PDF, null, null));
        PdfRenderer renderer = new PdfRenderer();
        byte[] withBreaks = renderer.render(PdfRenderer.parse(xhtml), xhtml, model.figures(), new FormulaMemory(), 1);
        byte[] without = renderer.render(xhtml, model.figures(), new FormulaMemory(), 1);
        List<String> before = PageContents.of(withBreaks);
        List<String> after = PageContents.of(without);
        assertEquals(before.size(), after.size());
        for (int page = 0; page < before.size(); page++) {
            assertEquals(before.get(page), after.get(page), "page " + (page + 1));
        }
    }

    private static List<String> children(Node node) {
        List<String> names = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            names.add(child.getNodeName());
        }
        return names;
    }
}
