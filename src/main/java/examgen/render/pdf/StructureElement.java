package examgen.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
 * An element of the tagged PDF's structure that keeps its kids, marked content and elements, in the page's order, and
 * writes itself. OpenPDF's element holds either marked content or other elements, never both, though a paragraph holds
 * text and formulas in turn; and writing a key's two thousand elements as OpenPDF's dictionaries, built up key by key
 * and written by its generic walk, cost about a third of what tagging a PDF cost. OpenPDF still numbers each mark and
 * files it in the parent tree ({@link #mark}), and writes the tree's root and its document element.
 */
final class StructureElement extends PdfStructureElement {

    private static final byte[] START = ascii("<</S");
    private static final byte[] PARENT = ascii("/P ");
    private static final byte[] PAGE = ascii("/Pg ");
    private static final byte[] KID = ascii("/K ");
    private static final byte[] KIDS = ascii("/K[");
    private static final byte[] MARK_ON_PAGE = ascii("<</Type/MCR/Pg ");
    private static final byte[] MARK_ID = ascii("/MCID ");
    private static final byte[] GENERATION_ZERO = ascii(" 0 R");
    private static final byte[] ALT = ascii("/Alt");
    private static final byte[] ATTRIBUTES = ascii("/A");
    private static final byte[] END = ascii(">>");

    private final PdfName type;
    private final PdfIndirectReference parent;
    /** Where its element starts in the page's order. */
    private final int position;
    /** Its marks and elements in the page's order, which is not always the order they are drawn in. */
    private final List<Object> kids = new ArrayList<>();
    /** Its mark made last, which a run of text after it may join. */
    private Mark last;
    /** The text alternative of a figure or formula, or null. */
    private PdfString alt;
    /** The attributes of a table's cell, or null. */
    private PdfDictionary attributes;

    /** A marked-content sequence of an element: its number on its page, and where its first and last runs of text start. */
    private static final class Mark {

        final int id;
        final PdfIndirectReference page;
        final int first;
        int last;

        Mark(int id, PdfIndirectReference page, int position) {
            this.id = id;
            this.page = page;
            this.first = position;
            this.last = position;
        }
    }

    /** The document element, below the root. */
    StructureElement(PdfStructureTreeRoot root, PdfName type) {
        super(root, type);
        this.type = type;
        this.parent = root.getReference();
        this.position = -1;
    }

    /** A kid of {@code parent} whose element starts at {@code position} in the page's order. */
    StructureElement(StructureElement parent, PdfName type, int position) {
        super(parent, type);
        this.type = type;
        this.parent = parent.getReference();
        this.position = position;
        // OpenPDF put it in the parent's /K, which must stay empty for the parent's own marks
        parent.remove(PdfName.K);
        parent.insert(this, position);
    }

    PdfName structureType() {
        return type;
    }

    void alt(String text) {
        alt = new PdfString(text, PdfObject.TEXT_UNICODE);
    }

    void attributes(PdfDictionary table) {
        attributes = table;
    }

    /** Begins a marked-content sequence of this element in {@code content}, for what starts at {@code position}. */
    void mark(PdfContentByte content, int position) {
        // OpenPDF numbers the mark, files it in the parent tree and puts it in the element's /K and its page in /Pg
        content.beginMarkedContentSequence(this);
        last = new Mark(((PdfNumber) get(PdfName.K)).intValue(), (PdfIndirectReference) get(PdfName.PG), position);
        remove(PdfName.K);
        insert(last, position);
    }

    /**
     * @return whether what starts at {@code position} may join its last mark, still open: the same text as that mark's
     *     last run (broken over lines) or the next place in the page, so nothing comes between them in the structure (a
     *     formula, or a bold word that Flying Saucer draws after the rest of its line)
     */
    boolean continues(int position) {
        if (last == null || position != last.last && position != last.last + 1) {
            return false;
        }
        last.last = position;
        return true;
    }

    /** Puts a kid in the page's order: mostly at the end, as the page is drawn in its order. */
    private void insert(Object kid, int position) {
        int at = kids.size();
        while (at > 0 && positionOf(kids.get(at - 1)) > position) {
            at--;
        }
        kids.add(at, kid);
    }

    private static int positionOf(Object kid) {
        return kid instanceof Mark mark ? mark.first : ((StructureElement) kid).position;
    }

    /** Writes {@code <</S/P/P 12 0 R/Pg 3 0 R/K[0 45 0 R 1]>>}: a mark on its first mark's page is a number. */
    @Override
    public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
        PdfIndirectReference page = null;
        for (Object kid : kids) {
            if (kid instanceof Mark mark) {
                page = mark.page;
                break;
            }
        }
        os.write(START);
        os.write(type.getBytes());
        os.write(PARENT);
        reference(os, parent);
        if (page != null) {
            os.write(PAGE);
            reference(os, page);
        }
        if (kids.size() == 1 && page != null) {
            os.write(KID);
            number(os, ((Mark) kids.get(0)).id);
        } else if (!kids.isEmpty()) {
            os.write(KIDS);
            for (int i = 0; i < kids.size(); i++) {
                if (i > 0) {
                    os.write(' ');
                }
                if (kids.get(i) instanceof Mark mark && mark.page == page) {
                    number(os, mark.id);
                } else if (kids.get(i) instanceof Mark mark) {
                    os.write(MARK_ON_PAGE);
                    reference(os, mark.page);
                    os.write(MARK_ID);
                    number(os, mark.id);
                    os.write(END);
                } else {
                    reference(os, ((StructureElement) kids.get(i)).getReference());
                }
            }
            os.write(']');
        }
        if (alt != null) {
            os.write(ALT);
            alt.toPdf(writer, os);
        }
        if (attributes != null) {
            os.write(ATTRIBUTES);
            attributes.toPdf(writer, os);
        }
        os.write(END);
    }

    private static void reference(OutputStream os, PdfIndirectReference reference) throws IOException {
        number(os, reference.getNumber());
        os.write(GENERATION_ZERO);
    }

    /** Writes a number's digits in one write: OpenPDF's stream grows and checks itself at every write. */
    private static void number(OutputStream os, int n) throws IOException {
        byte[] digits = new byte[10];
        int at = digits.length;
        do {
            digits[--at] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        os.write(digits, at, digits.length - at);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
