package examgen.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The PDF's logical structure (PDF/UA), made from the page's own elements as their content is drawn: headings,
 * paragraphs, lists of parts and options (each item a label-less body), tables with header cells scoped to their
 * column or row, figures with their text alternative and formulas with their plain reading. An element of no
 * structure of its own (a div, a span) lends its content to the nearest one that has.
 *
 * <p>A paragraph holds text and formulas in turn, but OpenPDF's structure element holds either marked content or
 * other elements, never both (it refuses the second kind). So each element keeps its kids, content and elements, in
 * the page's order while the page is drawn, and {@link #finish()} gives them to it: OpenPDF still numbers each mark,
 * files it in the parent tree and writes the tree.
 */
final class PageStructure {

    private static final PdfName H3 = new PdfName("H3");
    private static final PdfName TABLE_ROW = new PdfName("TR");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE_ATTRIBUTES = new PdfName("Table");

    private final Structure document;
    private final List<Structure> made = new ArrayList<>();
    private final Map<Element, Structure> structures = new HashMap<>();
    private final Map<Element, Structure> bodies = new HashMap<>();
    /** Every text and element of the page, with its place; filled at the first thing drawn. */
    private final Map<Node, Place> places = new IdentityHashMap<>();
    /** The elements with a structure of their own, in the page's order, and how many of them have theirs made. */
    private final List<Element> order = new ArrayList<>();
    private int next;

    /**
     * A node's place in the page: its position in the page's order, and the element whose structure holds what is drawn
     * for it (itself or its nearest ancestor with a structure; null for none, whose drawing is an artifact).
     */
    private record Place(int position, Element owner) {
    }

    /** A marked-content sequence of an element: its number on its page. */
    private record Mark(int id, PdfIndirectReference page) {
    }

    /** A structure element that keeps its kids, marks and elements, in order until {@link #finish()}. */
    private static final class Structure extends PdfStructureElement {

        final PdfName type;
        final List<Object> kids = new ArrayList<>();

        Structure(PdfStructureTreeRoot root, PdfName type) {
            super(root, type);
            this.type = type;
        }

        Structure(Structure parent, PdfName type) {
            super(parent, type);
            this.type = type;
            // OpenPDF put it in the parent's /K, which holds nothing until finish()
            parent.remove(PdfName.K);
            parent.kids.add(this);
            // optional, and a key has two thousand
            remove(PdfName.TYPE);
        }
    }

    PageStructure(PdfWriter writer) {
        document = new Structure(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    /** @return the structure element a run of text or a picture drawn for {@code node} belongs to; null for an artifact */
    PdfStructureElement of(Node node) {
        if (places.isEmpty()) {
            collect(node.getOwnerDocument().getDocumentElement(), null);
        }
        Place place = places.get(node);
        if (place == null || place.owner() == null) {
            return null;
        }
        madeBefore(place.position());
        Structure structure = structureOf(place.owner());
        // an item's content lies in its body
        return structure.type.equals(PdfName.LI) ? body(place.owner(), structure) : structure;
    }

    /** Begins a marked-content sequence of {@code element}, one made here, in {@code content}: its next kid. */
    void mark(PdfContentByte content, PdfStructureElement element) {
        // OpenPDF numbers the mark, files it in the parent tree and puts it, with its page, in the element's /K and /Pg
        content.beginMarkedContentSequence(element);
        ((Structure) element).kids.add(new Mark(((PdfNumber) element.get(PdfName.K)).intValue(), (PdfIndirectReference) element.get(PdfName.PG)));
        element.remove(PdfName.K);
        element.remove(PdfName.PG);
    }

    /** @return whether the last of an element's kids, one made here, is content (its last mark), not an element */
    boolean endsInContent(PdfStructureElement element) {
        List<Object> kids = ((Structure) element).kids;
        return !kids.isEmpty() && kids.get(kids.size() - 1) instanceof Mark;
    }

    /** Gives every element its kids, once the last page is drawn and before OpenPDF writes the tree. */
    void finish() {
        finish(document);
        made.forEach(PageStructure::finish);
    }

    private static void finish(Structure element) {
        List<Object> kids = element.kids;
        PdfIndirectReference page = null;
        for (Object kid : kids) {
            if (kid instanceof Mark mark) {
                page = mark.page();
                break;
            }
        }
        if (page != null) {
            element.put(PdfName.PG, page);
        }
        if (kids.size() == 1 && kids.get(0) instanceof Mark mark) {
            element.put(PdfName.K, new PdfNumber(mark.id()));
            return;
        }
        PdfArray array = new PdfArray();
        for (Object kid : kids) {
            if (kid instanceof Mark mark) {
                // a mark on the element's page is its number, but OpenPDF takes an array that starts with a number for
                // one of marks only, and would not write the elements after it
                array.add(mark.page() == page && !array.isEmpty() ? new PdfNumber(mark.id()) : reference(mark));
            } else {
                array.add((Structure) kid);
            }
        }
        if (!array.isEmpty()) {
            element.put(PdfName.K, array);
        }
    }

    private static PdfDictionary reference(Mark mark) {
        PdfDictionary reference = new PdfDictionary(PdfName.MCR);
        reference.put(PdfName.PG, mark.page());
        reference.put(PdfName.MCID, new PdfNumber(mark.id()));
        return reference;
    }

    /**
     * Makes the structure of every element that starts before {@code position} in the page, in the page's order: Flying
     * Saucer draws a page's text before its formulas and figures, and the structure must read in the page's order.
     */
    private void madeBefore(int position) {
        while (next < order.size() && places.get(order.get(next)).position() < position) {
            structureOf(order.get(next++));
        }
    }

    private Structure structureOf(Element element) {
        Structure known = structures.get(element);
        if (known != null) {
            return known;
        }
        Place parentPlace = places.get(element.getParentNode());
        Element parent = parentPlace == null ? null : parentPlace.owner();
        Structure above = parent == null ? document : structureOf(parent);
        if (parent != null && above.type.equals(PdfName.LI)) {
            above = body(parent, above);
        }
        PdfName type = type(element);
        Structure structure = new Structure(above, type);
        made.add(structure);
        if (type.equals(PdfName.FIGURE)) {
            structure.put(PdfName.ALT, new PdfString(element.getTextContent().strip(), PdfObject.TEXT_UNICODE));
        } else if (type.equals(PdfName.FORMULA)) {
            structure.put(PdfName.ALT, new PdfString(element.getAttribute("data-plain"), PdfObject.TEXT_UNICODE));
        } else if (type.equals(PdfName.TH) || type.equals(PdfName.TD)) {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, TABLE_ATTRIBUTES);
            if (type.equals(PdfName.TH)) {
                attributes.put(SCOPE, new PdfName(besideData(element) ? "Row" : "Column"));
            }
            for (String span : new String[] {"colspan", "rowspan"}) {
                if (element.hasAttribute(span)) {
                    attributes.put(new PdfName(span.equals("colspan") ? "ColSpan" : "RowSpan"), new PdfNumber(Integer.parseInt(element.getAttribute(span))));
                }
            }
            structure.put(PdfName.A, attributes);
        }
        structures.put(element, structure);
        return structure;
    }

    private Structure body(Element item, Structure structure) {
        return bodies.computeIfAbsent(item, i -> {
            Structure body = new Structure(structure, PdfName.LBODY);
            made.add(body);
            return body;
        });
    }

    /**
     * Places every text and element below {@code node} in the page's order, with the element whose structure holds it
     * (DOM's own comparison of positions walks both nodes' ancestors, and finding the owner walks up, for every run).
     */
    private void collect(Node node, Element owner) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                boolean own = type(e) != null;
                places.put(e, new Place(places.size(), own ? e : owner));
                if (own) {
                    order.add(e);
                }
                collect(e, own ? e : owner);
            } else if (child instanceof Text) {
                places.put(child, new Place(places.size(), owner));
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
        if (e.hasAttribute("data-tex")) {
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
