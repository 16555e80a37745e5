package examgen.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The PDF's logical structure (PDF/UA), made from the page's own elements as their content is drawn: headings,
 * paragraphs, lists of parts and options (each item a label-less body), tables with header cells scoped to their
 * column or row, figures with their text alternative and formulas with their plain reading. An element of no
 * structure of its own (a div, a span) lends its content to the nearest one that has.
 *
 * <p>The elements are made in the page's order as it is drawn ({@link StructureElement} keeps each one's kids) and
 * written once the last page is drawn.
 */
final class PageStructure {

    private static final PdfName H3 = new PdfName("H3");
    private static final PdfName TABLE_ROW = new PdfName("TR");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE_ATTRIBUTES = new PdfName("Table");

    private final PdfWriter writer;
    private final StructureElement document;
    private final List<StructureElement> made = new ArrayList<>();
    /** Every text and element of the page, with its place; filled at the first thing drawn. */
    private final Map<Node, Place> places = new IdentityHashMap<>();
    /** The elements with a structure of their own, in the page's order, and how many of them have theirs made. */
    private final List<Structured> order = new ArrayList<>();
    private int next;
    /** The places given so far: every text and every element with a structure of its own takes the next. */
    private int positions;

    /** An element of the page with a structure of its own, where it starts in the page's order, and its structure once made. */
    private static final class Structured {

        final Element element;
        final PdfName type;
        final int position;
        /** The nearest element above it with a structure of its own, or null for the document's. */
        final Structured parent;
        StructureElement structure;
        /** A list item's body, which holds its content. */
        StructureElement body;

        Structured(Element element, PdfName type, int position, Structured parent) {
            this.element = element;
            this.type = type;
            this.position = position;
            this.parent = parent;
        }
    }

    /**
     * A text or element's place in the page: its position in the page's order, and the element whose structure holds
     * what is drawn for it (itself or its nearest ancestor with a structure; null for none: an artifact).
     */
    private record Place(int position, Structured owner) {
    }

    PageStructure(PdfWriter writer) {
        this.writer = writer;
        document = new StructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    /** What is drawn for a node of the page belongs to: a structure element, and where the node starts in the page. */
    record Owner(StructureElement element, int position) {
    }

    /** @return the structure element a run of text or a picture drawn for {@code node} belongs to; null for an artifact */
    Owner of(Node node) {
        if (places.isEmpty()) {
            collect(node.getOwnerDocument().getDocumentElement(), null);
        }
        Place place = places.get(node);
        if (place == null || place.owner() == null) {
            return null;
        }
        madeBefore(place.position());
        return new Owner(contentOf(place.owner()), place.position());
    }

    /** Writes every element but the document's, which OpenPDF writes with the tree: once the last page is drawn. */
    void finish() {
        try {
            for (StructureElement element : made) {
                writer.addToBody(element, element.getReference());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the structure of every element that starts before {@code position} in the page, in the page's order: Flying
     * Saucer draws a page's text before its formulas and figures, and the structure must read in the page's order.
     */
    private void madeBefore(int position) {
        while (next < order.size() && order.get(next).position < position) {
            contentOf(order.get(next++));
        }
    }

    /** @return the element's structure, made if need be, or its body for a list item: what holds its content */
    private StructureElement contentOf(Structured element) {
        if (element.structure == null) {
            make(element);
        }
        if (element.type.equals(PdfName.LI)) {
            if (element.body == null) {
                element.body = made(new StructureElement(element.structure, PdfName.LBODY, element.position));
            }
            return element.body;
        }
        return element.structure;
    }

    private void make(Structured element) {
        StructureElement above = element.parent == null ? document : contentOf(element.parent);
        PdfName type = element.type;
        StructureElement structure = made(new StructureElement(above, type, element.position));
        if (type.equals(PdfName.FIGURE)) {
            structure.alt(element.element.getTextContent().strip());
        } else if (type.equals(PdfName.FORMULA)) {
            structure.alt(element.element.getAttribute(element.element.hasAttribute("data-formula") ? "data-formula" : "data-plain"));
        } else if (type.equals(PdfName.TH) || type.equals(PdfName.TD)) {
            structure.attributes(tableAttributes(element.element, type));
        }
        element.structure = structure;
    }

    private StructureElement made(StructureElement element) {
        made.add(element);
        return element;
    }

    private static PdfDictionary tableAttributes(Element cell, PdfName type) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE_ATTRIBUTES);
        if (type.equals(PdfName.TH)) {
            attributes.put(SCOPE, new PdfName(besideData(cell) ? "Row" : "Column"));
        }
        for (String span : new String[] {"colspan", "rowspan"}) {
            if (cell.hasAttribute(span)) {
                attributes.put(new PdfName(span.equals("colspan") ? "ColSpan" : "RowSpan"), new PdfNumber(Integer.parseInt(cell.getAttribute(span))));
            }
        }
        return attributes;
    }

    /**
     * Places every text and element below {@code node} in the page's order, with the element whose structure holds it
     * (DOM's own comparison of positions walks both nodes' ancestors, and finding the owner walks up, for every run).
     */
    private void collect(Node node, Structured owner) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                // the pieces of a formula broken across lines are content of the formula
                PdfName type = owner != null && owner.type.equals(PdfName.FORMULA) ? null : type(e);
                // an element of no structure of its own takes no place of its own: the text in it follows the text before
                // it as closely as if it were not there, so a bold word keeps its line's text in one sequence
                int position = type == null ? positions : positions++;
                Structured own = type == null ? owner : new Structured(e, type, position, owner);
                places.put(e, new Place(position, own));
                if (type != null) {
                    order.add(own);
                }
                collect(e, own);
            } else if (child instanceof Text) {
                places.put(child, new Place(positions++, owner));
            }
        }
    }

    /** @return whether a header cell's row holds data cells, which it heads (a front page's "Date 2026-12-01") */
    private static boolean besideData(Element cell) {
        for (Node sibling = cell.getParentNode().getFirstChild(); sibling != null; sibling = sibling.getNextSibling()) {
            if (sibling instanceof Element e && e.getTagName().equals("td")) {
                return true;
            }
        }
        return false;
    }

    /** @return the structure type of an element of the page, or null for one of none */
    private static PdfName type(Element e) {
        if (e.hasAttribute("data-tex") || e.hasAttribute("data-formula")) {
            return PdfName.FORMULA;
        }
        if (e.hasAttribute("data-figure")) {
            return PdfName.FIGURE;
        }
        return switch (e.getTagName()) {
            case "h1" -> PdfName.H1;
            case "h2" -> PdfName.H2;
            case "h3" -> H3;
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
