package examgen.render.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.w3c.dom.Node;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.RenderingContext;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;

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

    /** Made at the first thing drawn, once the writer is open and tagged. */
    private PageStructure structure;
    /** The page's text node being drawn, or null for text of none (a footer's, an artifact). */
    private Node text;
    /** Whether a marked-content sequence is open: what is drawn inside it belongs to it. */
    private boolean marking;

    VisibleTextDevice(float dotsPerPoint) {
        super(dotsPerPoint);
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
        boolean wasMarking = marking;
        super.drawText(c, inlineText);
        // the sequence opens at the first visible string (a line drawn outside the clip opens none)
        if (marking && !wasMarking) {
            getCurrentPage().endMarkedContentSequence();
            marking = false;
        }
        text = null;
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        // a zero-width space advances by nothing, so the text around it stays where it was laid out without it
        String shown = s.replace(ZERO_WIDTH_SPACE, "");
        if (shown.isEmpty()) {
            return;
        }
        Shape clip = getClip();
        if (clip != null) {
            Rectangle2D visible = clip.getBounds2D();
            if (y < visible.getMinY() || y > visible.getMaxY()) {
                return;
            }
        }
        if (marking) {
            super.drawString(shown, x, y, info);
            return;
        }
        // its structure made at its first visible string: a run drawn outside the clip, or of nothing, makes none
        PdfStructureElement structure = text == null ? null : structure().textOf(text);
        if (structure != null) {
            structure().mark(getCurrentPage(), structure);
            marking = true;
            super.drawString(shown, x, y, info);
        } else {
            asArtifact(() -> super.drawString(shown, x, y, info));
        }
    }

    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        // a picture in the next page's first line, painted into this page's bottom margin and hidden by the clip, is left out
        Shape clip = getClip();
        if (clip != null && !clip.intersects(box.getAbsX(), box.getAbsY(), Math.max(1, box.getWidth()), Math.max(1, box.getHeight()))) {
            return;
        }
        PdfStructureElement picture = box.getElement() == null ? null : structure().of(box.getElement());
        if (picture == null || marking) {
            asArtifact(() -> super.paintReplacedElement(c, box));
            return;
        }
        structure().mark(getCurrentPage(), picture);
        marking = true;
        super.paintReplacedElement(c, box);
        getCurrentPage().endMarkedContentSequence();
        marking = false;
    }

    /** Gives the structure its last kids: called once every page is drawn, before the PDF is closed. */
    void finishStructure() {
        if (structure != null) {
            structure.finish();
        }
    }

    @Override
    public void draw(Shape s) {
        asArtifact(() -> super.draw(s));
    }

    @Override
    public void fill(Shape s) {
        asArtifact(() -> super.fill(s));
    }

    /** Draws something of no meaning to a reader (a rule, a background, a footer) as an artifact, unless inside content. */
    private void asArtifact(Runnable drawing) {
        if (marking) {
            drawing.run();
            return;
        }
        getCurrentPage().beginMarkedContentSequence(ARTIFACT);
        marking = true;
        drawing.run();
        getCurrentPage().endMarkedContentSequence();
        marking = false;
    }
}
