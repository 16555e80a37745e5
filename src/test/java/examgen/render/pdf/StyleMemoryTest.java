package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Remembered styles are the styles Flying Saucer matches afresh, for every element, on pages that differ where a
 * selector can see it: siblings before and after, position, attributes, language (the element's or the page's),
 * data attributes a sheet names, and the sheet itself.
 */
class StyleMemoryTest {

    private static final String SHEET = """
            li:first-child { color: red; } li:last-child { color: blue; } li:nth-child(3) { font-size: 20pt; }
            p + p { margin-top: 9pt; } span[data-named] { font-weight: bold; } span[data-named="1"] { font-style: italic; }
            p:lang(fr) { color: green; } div[title="a"] p { color: #333; } p.note:before { content: "{@page}"; }
            td[colspan] { text-align: right; } /* a comment naming data-commented */
            @page { size: A4; @bottom-left { content: "%s"; } }
            """;

    /** Pages alike but where selectors look, each laid out after the others with one memory. */
    private static final List<String> PAGES = List.of(
            page("A-1", "<ul><li>a</li><li>b</li><li>c</li></ul><p>one</p><p class=\"note\">two</p>"
                    + "<p><span data-named=\"1\" data-commented=\"x\">s</span><span data-other=\"p\">t</span></p>"),
            page("A-2", "<ul><li>a</li><li>b</li></ul><p>one</p><div><p class=\"note\">two</p></div>"
                    + "<p><span data-named=\"2\" data-commented=\"y\">s</span><span data-other=\"q\">t</span></p>"),
            page("A-3", "<ul><li>a</li><li>b</li><li>c</li><li>d</li></ul><div title=\"a\"><p lang=\"fr\">un</p><p>deux</p></div>"
                    + "<table><tr><td colspan=\"2\">c</td></tr></table><p><span>s</span><span data-named=\"\">t</span></p>"),
            page("A-4", "<ul><li>a</li><li>b</li><li>c</li></ul><p>one</p><p class=\"note\">two</p>"
                    + "<p><span data-named=\"1\" data-commented=\"z\">s</span><span data-other=\"r\">t</span></p>"),
            page("A-5", "<ul><li>a</li><li>b</li><li>c</li></ul><p>one</p><p class=\"note\">two</p>"
                    + "<p><span data-named=\"5\" data-commented=\"z\">s</span><span data-other=\"r\">t</span></p>"),
            page("A-6", "<ul><li>a</li><li>b</li><li>c</li></ul><p>one</p><p class=\"note\">two</p>"
                    + "<p><span data-named=\"1\" data-commented=\"z\">s</span><span data-other=\"r\">t</span></p>")
                    .replace("li:first-child { color: red; }", "li:first-child { color: black; }"),
            page("A-7", "<ul><li>a</li><li>b</li><li>c</li></ul><p>one</p><p class=\"note\">two</p>"
                    + "<p><span data-named=\"1\" data-commented=\"z\">s</span><span data-other=\"r\">t</span></p>")
                    .replace("<title>", "<meta http-equiv=\"Content-Language\" content=\"fr\"/><title>"));

    private static String page(String code, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title><style>" + SHEET.formatted(code)
                + "</style></head><body>" + body + "</body></html>";
    }

    @Test
    void rememberedStylesAreTheStylesMatchedAfresh() throws Exception {
        StyleMemory memory = new StyleMemory();
        for (int round = 0; round < 2; round++) {
            for (String page : PAGES) {
                assertEquals(styles(page, new StyleReference(null)), styles(page, memory), page);
            }
        }
    }

    @Test
    void aPageOfTheSameShapesGetsTheStylesRemembered() throws Exception {
        StyleMemory memory = new StyleMemory();
        CascadedStyle first = firstSpanStyle(PAGES.get(0), memory);
        assertSame(first, firstSpanStyle(PAGES.get(3), memory), "an unnamed data attribute and the footer's code set it apart");
        assertNotEquals(styles(PAGES.get(0), new StyleReference(null)).get(9), styles(PAGES.get(1), new StyleReference(null)).get(9),
                "the pages differ where the test means them to");
    }

    private static CascadedStyle firstSpanStyle(String page, StyleReference styles) throws Exception {
        Document document = laidOut(page, styles);
        return styles.getCascadedStyle((Element) document.getElementsByTagNameNS("*", "span").item(0), false);
    }

    /** @return each element's declarations and those of its pseudo-elements, in document order */
    private static List<String> styles(String page, StyleReference styles) throws Exception {
        Document document = laidOut(page, styles);
        List<String> all = new ArrayList<>();
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            StringBuilder text = new StringBuilder(element.getLocalName()).append(' ').append(declarations(styles.getCascadedStyle(element, false)));
            for (String pseudo : List.of("before", "after", "first-line", "first-letter")) {
                text.append(" ::").append(pseudo).append(' ').append(declarations(styles.getPseudoElementStyle(element, pseudo)));
            }
            all.add(text.toString());
        }
        return all;
    }

    private static Document laidOut(String page, StyleReference styles) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
        ITextRenderer renderer = new ITextRenderer();
        renderer.getSharedContext().setCss(styles);
        styles.setUserAgentCallback(renderer.getSharedContext().getUserAgentCallback());
        renderer.setDocument(document, "file:///", new ExamNamespaceHandler());
        return document;
    }

    private static String declarations(CascadedStyle style) {
        if (style == null) {
            return "none";
        }
        List<String> declarations = new ArrayList<>();
        style.getCascadedPropertyDeclarations().forEachRemaining(declaration -> declarations.add(declaration.toString()));
        return declarations.toString();
    }
}
