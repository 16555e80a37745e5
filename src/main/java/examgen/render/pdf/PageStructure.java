package examgen.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The PDF's logical structure (PDF/UA), made from the page's own elements as their content is drawn: headings,
 * paragraphs, lists of parts and options (each item a label-less body), tables with header cells scoped to their
 * column or row, figures with their text alternative and formulas with their plain reading. An element of no
 * structure of its own (a div, a span) lends its content to the nearest one that has.
 */
final class PageStructure {

    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE_ROW = new PdfName("TR");
    private static final PdfName TABLE_ATTRIBUTES = new PdfName("Table");

    private final PdfStructureElement document;
    private final Map<Element, PdfStructureElement> made = new HashMap<>();
    private final Map<Element, PdfStructureElement> bodies = new HashMap<>();
    /** Each element's holder of text on its page (itself, its continuation or a span), while nothing came after it. */
    private final Map<PdfStructureElement, Span> spans = new HashMap<>();
    /** The elements with a structure of their own, in the page's order, and how many of them have theirs made. */
    private List<Element> order;
    private int next;
    /** The page's elements whose structure holds other structures: their text goes in spans between them. */
    private final Set<Element> mixed = new HashSet<>();
    /** Every node's place in the page's order. */
    private final Map<Node, Integer> positions = new IdentityHashMap<>();

    /** A span of text and the page its content lies on: a structure element's content lies on one page. */
    private record Span(PdfStructureElement element, int page) {
    }

    PageStructure(PdfWriter writer) {
        document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    /**
     * @return the structure element for a run of text of {@code element} on {@code page}: the element's own structure
     *     when it holds only text, otherwise a span of it (OpenPDF's elements hold either content or other elements,
     *     never both, and a paragraph holds formulas) — the same as the run before while nothing came between them;
     *     null for an artifact's text
     */
    PdfStructureElement textOf(Node text, int page) {
        if (!(text.getParentNode() instanceof Element element)) {
            return null;
        }
        madeBefore(text);
        PdfStructureElement container = of(element);
        if (container == null) {
            return null;
        }
        Span last = spans.get(container);
        if (last != null && last.page() == page) {
            return last.element();
        }
        if (!mixed.contains(structured(element))) {
            // an element of text alone holds its text itself, on its first page; what runs onto the next is an element of
            // the same kind after it (OpenPDF's element holds the content of one page)
            PdfStructureElement holder = last == null ? container : new PdfStructureElement(parentOf(last.element()), type(last.element()));
            spans.put(container, new Span(holder, page));
            return holder;
        }
        PdfStructureElement span = new PdfStructureElement(container, PdfName.SPAN);
        spans.put(container, new Span(span, page));
        return span;
    }

    private static PdfStructureElement parentOf(PdfStructureElement element) {
        return (PdfStructureElement) element.getParent();
    }

    private static PdfName type(PdfStructureElement element) {
        return (PdfName) element.get(PdfName.S);
    }

    /** @return the structure element that content drawn for {@code element} belongs to; null for none (an artifact) */
    PdfStructureElement of(Element element) {
        Element own = structured(element);
        if (own == null) {
            return null;
        }
        madeBefore(element);
        PdfStructureElement structure = structureOf(own);
        // an item's content lies in its body
        return type(own).equals(PdfName.LI) ? body(own, structure) : structure;
    }

    private PdfStructureElement structureOf(Element element) {
        PdfStructureElement known = made.get(element);
        if (known != null) {
            return known;
        }
        Element parent = parentElement(element) == null ? null : structured(parentElement(element));
        PdfStructureElement above = parent == null ? document : structureOf(parent);
        if (parent != null && type(parent).equals(PdfName.LI)) {
            above = body(parent, above);
        }
        // a new element after a span: text after it needs a span of its own, to keep the reading order
        spans.remove(above);
        PdfStructureElement structure = new PdfStructureElement(above, type(element));
        if (type(element).equals(PdfName.FIGURE)) {
            structure.put(PdfName.ALT, new PdfString(element.getTextContent().strip(), PdfObject.TEXT_UNICODE));
        } else if (type(element).equals(PdfName.FORMULA)) {
            structure.put(PdfName.ALT, new PdfString(element.getAttribute("data-plain"), PdfObject.TEXT_UNICODE));
        } else if (type(element).equals(PdfName.TH) || type(element).equals(PdfName.TD)) {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, TABLE_ATTRIBUTES);
            if (type(element).equals(PdfName.TH)) {
                attributes.put(SCOPE, new PdfName(besideData(element) ? "Row" : "Column"));
            }
            for (String span : new String[] {"colspan", "rowspan"}) {
                if (element.hasAttribute(span)) {
                    attributes.put(new PdfName(span.equals("colspan") ? "ColSpan" : "RowSpan"), new PdfNumber(Integer.parseInt(element.getAttribute(span))));
                }
            }
            structure.put(PdfName.A, attributes);
        }
        made.put(element, structure);
        return structure;
    }

    /**
     * Makes the structure of every element that starts before {@code node} in the page, in the page's order: Flying
     * Saucer draws a page's text before its formulas and figures, and the structure must read in the page's order.
     */
    private void madeBefore(Node node) {
        if (order == null) {
            order = new ArrayList<>();
            collect(node.getOwnerDocument().getDocumentElement(), order);
        }
        Integer at = positions.get(node);
        while (at != null && next < order.size() && positions.get(order.get(next)) < at) {
            structureOf(order.get(next++));
        }
    }

    /**
     * Numbers every node below {@code node} in the page's order and adds the elements with a structure of their own
     * (DOM's own comparison of positions walks both nodes' ancestors, for every run of text).
     */
    private void collect(Node node, List<Element> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            positions.put(child, positions.size());
            if (child instanceof Element e) {
                if (type(e) != null && structured(e) == e) {
                    into.add(e);
                    Element parent = parentElement(e) == null ? null : structured(parentElement(e));
                    if (parent != null) {
                        mixed.add(parent);
                    }
                }
                collect(e, into);
            }
        }
    }

    private PdfStructureElement body(Element item, PdfStructureElement structure) {
        return bodies.computeIfAbsent(item, i -> {
            spans.remove(structure);
            return new PdfStructureElement(structure, PdfName.LBODY);
        });
    }

    /** @return the element itself or its nearest ancestor with a structure type of its own; null under none (the body) */
    private static Element structured(Element element) {
        for (Element e = element; e != null; e = parentElement(e)) {
            if (e.getTagName().equals("body")) {
                return null;
            }
            if (type(e) != null) {
                return e;
            }
        }
        return null;
    }

    private static Element parentElement(Element element) {
        Node parent = element.getParentNode();
        return parent instanceof Element e ? e : null;
    }

    /** @return whether a header cell's row holds data cells, which it heads (a front page's "Date 2026-12-01") */
    private static boolean besideData(Element cell) {
        for (Node sibling = parentElement(cell).getFirstChild(); sibling != null; sibling = sibling.getNextSibling()) {
            if (sibling instanceof Element e && e.getTagName().equals("td")) {
                return true;
            }
        }
        return false;
    }

    /** @return the structure type of an element of the page, or null for one of none */
    private static PdfName type(Element e) {
        if (e.hasAttribute("data-tex")) {
            return PdfName.FORMULA;
        }
        if (e.hasAttribute("data-figure")) {
            return PdfName.FIGURE;
        }
        return switch (e.getTagName()) {
            case "h1" -> PdfName.H1;
            case "h2" -> PdfName.H2;
            case "h3" -> new PdfName("H3");
            case "p" -> PdfName.P;
            case "ol", "ul" -> PdfName.L;
            case "li" -> PdfName.LI;
            case "table" -> PdfName.TABLE;
            case "thead" -> PdfName.THEAD;
            case "tbody" -> PdfName.TBODY;
            case "tr" -> TABLE_ROW;
            case "th" -> PdfName.TH;
            case "td" -> PdfName.TD;
            case "section", "header" -> PdfName.SECT;
            default -> null;
        };
    }
}
