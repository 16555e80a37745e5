package examgen.render.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.w3c.dom.Node;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.RenderingContext;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;

/**
 * Flying Saucer's PDF output device, writing only the text that shows, and tagging what it draws (PDF/UA): text,
 * formulas and figures as content of the structure element their page element makes ({@link PageStructure}); rules,
 * backgrounds and the page's header and footer as artifacts.
 *
 * <p>Painting a page, Flying Saucer also paints the first line of the next page into the bottom margin, where the
 * page's clip hides it; a reader's search then finds question 3's title at the foot of page 2, and a copy of page 2
 * ends with it. A line whose baseline lies outside the clip is left out. So is the zero-width space the page sets after
 * a formula that ends a text, which is there for its line's height only: in the text layer a copy or a screen reader
 * would meet it.
 */
final class VisibleTextDevice extends ITextOutputDevice {

    private static final String ZERO_WIDTH_SPACE = "\u200B";
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final boolean tagged;
    /** Made at the first thing drawn, once the writer is open and tagged. */
    private PageStructure structure;
    /** The page's text node being drawn, or null for text of none (a footer's, an artifact). */
    private Node text;
    /**
     * What the open marked-content sequence holds: a structure element's content, {@link #ARTIFACT}, or null when none is
     * open. It stays open while what is drawn belongs to it: a paragraph's runs of text on a line are one sequence.
     */
    private Object open;
    /** Whether a picture is being painted: all it draws belongs to its own sequence. */
    private boolean painting;
    /**
     * The clip's bounds, or null for no clip, while {@link #clipKnown}: until the clip or the transform changes
     * ({@code getClip()} builds a new shape each time, and every string asked for it).
     */
    private Rectangle2D clipBounds;
    private boolean clipKnown;

    /** @param tagged false to draw without tagging anything, only to measure what tagging costs */
    VisibleTextDevice(float dotsPerPoint, boolean tagged) {
        super(dotsPerPoint);
        this.tagged = tagged;
    }

    private PageStructure structure() {
        if (structure == null) {
            structure = new PageStructure(getWriter());
        }
        return structure;
    }

    @Override
    public void drawText(RenderingContext c, InlineText inlineText) {
        text = inlineText.getTextNode();
        super.drawText(c, inlineText);
        text = null;
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        // a zero-width space advances by nothing, so the text around it stays where it was laid out without it
        String shown = s.replace(ZERO_WIDTH_SPACE, "");
        if (shown.isEmpty()) {
            return;
        }
        if (!clipKnown) {
            Shape clip = getClip();
            clipBounds = clip == null ? null : clip.getBounds2D();
            clipKnown = true;
        }
        if (clipBounds != null && (y < clipBounds.getMinY() || y > clipBounds.getMaxY())) {
            return;
        }
        if (tagged && !painting) {
            // its structure made at its first visible string: a run drawn outside the clip, or of nothing, makes none
            openFor(text == null ? null : structure().of(text));
        }
        super.drawString(shown, x, y, info);
    }

    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        // a picture in the next page's first line, painted into this page's bottom margin and hidden by the clip, is left out
        Shape clip = getClip();
        if (clip != null && !clip.intersects(box.getAbsX(), box.getAbsY(), Math.max(1, box.getWidth()), Math.max(1, box.getHeight()))) {
            return;
        }
        if (!tagged) {
            super.paintReplacedElement(c, box);
            return;
        }
        openFor(box.getElement() == null ? null : structure().of(box.getElement()));
        painting = true;
        super.paintReplacedElement(c, box);
        painting = false;
    }

    @Override
    public void draw(Shape s) {
        asArtifact();
        super.draw(s);
    }

    @Override
    public void fill(Shape s) {
        asArtifact();
        super.fill(s);
    }

    @Override
    public void setClip(Shape s) {
        // it restores the graphics state saved before the sequence began (Q q): the sequence ends first, to nest in it
        close();
        clipKnown = false;
        super.setClip(s);
    }

    @Override
    public void clip(Shape s) {
        clipKnown = false;
        super.clip(s);
    }

    @Override
    public void translate(double tx, double ty) {
        clipKnown = false;
        super.translate(tx, ty);
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        clipKnown = false;
        super.initializePage(currentPage, height);
    }

    @Override
    public void finishPage() {
        close();
        super.finishPage();
    }

    /** Writes the structure's elements: called once every page is drawn, before the PDF is closed. */
    void finishStructure() {
        if (structure != null) {
            structure.finish();
        }
    }

    /** What is drawn next, a rule, a background or a footer, means nothing to a reader, unless a picture draws it. */
    private void asArtifact() {
        if (tagged && !painting) {
            openFor(null);
        }
    }

    /**
     * Opens a marked-content sequence for what {@code owner} says, or for an artifact when it is null, unless that
     * sequence is open and may go on: a paragraph's text after a formula is a new sequence after the formula's element,
     * even when the formula is drawn later (Flying Saucer paints a page's text first).
     */
    private void openFor(PageStructure.Owner owner) {
        if (owner == null) {
            if (open != ARTIFACT) {
                close();
                getCurrentPage().beginMarkedContentSequence(ARTIFACT);
                open = ARTIFACT;
            }
            return;
        }
        StructureElement element = owner.element();
        if (open == element && element.continues(owner.position())) {
            return;
        }
        close();
        element.mark(getCurrentPage(), owner.position());
        open = element;
    }

    private void close() {
        if (open != null) {
            getCurrentPage().endMarkedContentSequence();
            open = null;
        }
    }
}
