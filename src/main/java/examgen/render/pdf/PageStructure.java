package examgen.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
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
 *
 * <p>A paragraph holds text and formulas in turn, but OpenPDF's structure element holds either marked content or
 * other elements, never both (it refuses the second kind). So each element's kids, content and elements, are kept
 * here in the page's order while the page is drawn and given to it by {@link #finish()}: OpenPDF still numbers each
 * mark and files it in the parent tree, and writes the tree.
 */
final class PageStructure {

    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE_ROW = new PdfName("TR");
    private static final PdfName TABLE_ATTRIBUTES = new PdfName("Table");

    private final PdfStructureElement document;
    private final Map<Element, PdfStructureElement> made = new HashMap<>();
    private final Map<Element, PdfStructureElement> bodies = new HashMap<>();
    /** Each structure element's kids in the page's order: its marks ({@link Mark}) and the elements below it. */
    private final Map<PdfStructureElement, List<Object>> kids = new LinkedHashMap<>();
    /** The elements with a structure of their own, in the page's order, and how many of them have theirs made. */
    private List<Element> order;
    private int next;
    /** Every node's place in the page's order. */
    private final Map<Node, Integer> positions = new IdentityHashMap<>();

    /** A marked-content sequence of an element: its number on its page. */
    private record Mark(int id, PdfIndirectReference page) {
    }

    PageStructure(PdfWriter writer) {
        document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    /** @return the structure element a run of text belongs to; null for an artifact's text */
    PdfStructureElement textOf(Node text) {
        if (!(text.getParentNode() instanceof Element element)) {
            return null;
        }
        madeBefore(text);
        return of(element);
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

    /** Begins a marked-content sequence of {@code element} in {@code content}: its next kid. */
    void mark(PdfContentByte content, PdfStructureElement element) {
        // OpenPDF numbers the mark, files it in the parent tree and puts it, with its page, in the element's /K and /Pg
        content.beginMarkedContentSequence(element);
        kidsOf(element).add(new Mark(((PdfNumber) element.get(PdfName.K)).intValue(), (PdfIndirectReference) element.get(PdfName.PG)));
        element.remove(PdfName.K);
        element.remove(PdfName.PG);
    }

    /** Gives every element its kids, once the last page is drawn and before OpenPDF writes the tree. */
    void finish() {
        kids.forEach((element, its) -> {
            if (its.size() == 1 && its.get(0) instanceof Mark mark) {
                element.put(PdfName.PG, mark.page());
                element.put(PdfName.K, new PdfNumber(mark.id()));
                return;
            }
            PdfIndirectReference page = its.stream().filter(Mark.class::isInstance).map(m -> ((Mark) m).page()).findFirst().orElse(null);
            if (page != null) {
                element.put(PdfName.PG, page);
            }
            PdfArray array = new PdfArray();
            for (Object kid : its) {
                if (kid instanceof Mark mark) {
                    // a mark on the element's page is its number, but OpenPDF takes an array that starts with a number for
                    // one of marks only, and would not write the elements after it
                    array.add(mark.page().equals(page) && !array.isEmpty() ? new PdfNumber(mark.id()) : reference(mark));
                } else {
                    array.add((PdfStructureElement) kid);
                }
            }
            element.put(PdfName.K, array);
        });
    }

    private static PdfDictionary reference(Mark mark) {
        PdfDictionary reference = new PdfDictionary(PdfName.MCR);
        reference.put(PdfName.PG, mark.page());
        reference.put(PdfName.MCID, new PdfNumber(mark.id()));
        return reference;
    }

    private List<Object> kidsOf(PdfStructureElement element) {
        return kids.computeIfAbsent(element, e -> new ArrayList<>());
    }

    /** @return a new structure element of {@code type}, the next kid of {@code parent} */
    private PdfStructureElement newElement(PdfStructureElement parent, PdfName type) {
        PdfStructureElement element = new PdfStructureElement(parent, type);
        // OpenPDF put it in the parent's /K, which holds nothing until finish()
        parent.remove(PdfName.K);
        kidsOf(parent).add(element);
        return element;
    }

    private static PdfName type(PdfStructureElement element) {
        return (PdfName) element.get(PdfName.S);
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
        PdfStructureElement structure = newElement(above, type(element));
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
                }
                collect(e, into);
            }
        }
    }

    private PdfStructureElement body(Element item, PdfStructureElement structure) {
        return bodies.computeIfAbsent(item, i -> newElement(structure, PdfName.LBODY));
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
