package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/** examgen's shorter default stylesheet lays out every element it names exactly as Flying Saucer's full one does. */
class ExamNamespaceHandlerTest {

    /** Every element user-agent.css names, nested as pages nest them, in a table with and without a tbody. */
    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title><script>x</script></head><body>
            <h1>Heading <small>one</small></h1><h2>Two</h2><h3>Three</h3>
            <div><p>A <b>bold</b>, <strong>strong</strong>, <i>italic</i> and <em>emphasised</em> word, w<sub>1</sub> and
            x<sup>2</sup>,<br/>a <a href="https://example.org">link</a> and <a>an anchor</a>.</p></div>
            <ol><li>first<ul><li>inner</li></ul></li><li>second<ol><li>inner</li></ol></li></ol>
            <ul><li>item<ol><li>inner</li></ol></li><li>item<ul><li>inner</li></ul></li></ul>
            <table><colgroup><col/><col/></colgroup><thead><tr><th>head</th><th>head two</th></tr></thead>
            <tbody><tr><td>cell</td><td>a taller<br/>cell</td></tr></tbody></table>
            <table><tr><th>row</th><td>without a tbody<br/>two lines</td></tr></table>
            <script>not shown</script>
            </body></html>""";

    @Test
    void theShorterSheetLaysOutAPageAsTheFullOne() throws Exception {
        List<String> full = boxes(new XhtmlNamespaceHandler());
        List<String> shorter = boxes(new ExamNamespaceHandler());
        assertTrue(full.size() > 40, "the page has too few boxes to compare: " + full.size());
        assertEquals(full, shorter);
    }

    /** @return every box of the laid-out page: its element, place and size, and the styles its size does not show */
    private static List<String> boxes(NamespaceHandler handler) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(PAGE)));
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocument(document, "file:///", handler);
        renderer.layout();
        List<String> boxes = new ArrayList<>();
        collect(renderer.getRootBox(), boxes);
        return boxes;
    }

    private static void collect(Box box, List<String> boxes) {
        String element = box.getElement() == null ? "anonymous" : box.getElement().getLocalName();
        boxes.add(element + " " + box.getClass().getSimpleName() + " at " + box.getAbsX() + "," + box.getAbsY()
                + " size " + box.getWidth() + "x" + box.getHeight() + " " + box.getStyle().getColor()
                + " " + value(box, CSSName.FONT_STYLE) + " " + value(box, CSSName.FONT_WEIGHT) + " " + value(box, CSSName.TEXT_DECORATION));
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), boxes);
        }
        if (box instanceof InlineLayoutBox inline) { // an inline element's content: its text and the elements in it
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box inner) {
                    collect(inner, boxes);
                } else if (child instanceof InlineText text) {
                    boxes.add("text '" + text.getSubstring() + "' at " + text.getX() + " width " + text.getWidth());
                }
            }
        }
    }

    private static String value(Box box, CSSName property) {
        return box.getStyle().valueByName(property).asString();
    }
}
