package examgen.render.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer's PDF output device, writing only the text that shows. Painting a page, Flying
 * Saucer also paints the first line of the next page into the bottom margin, where the page's clip
 * hides it; a reader's search then finds question 3's title at the foot of page 2, and a copy of
 * page 2 ends with it. A line whose baseline lies outside the clip is left out. So is the zero-width
 * space the page sets after a formula that ends a text, which is there for its line's height only: in
 * the text layer a copy or a screen reader would meet it.
 */
final class VisibleTextDevice extends ITextOutputDevice {

    VisibleTextDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    private static final String ZERO_WIDTH_SPACE = "\u200B";

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
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
        // a zero-width space advances by nothing, so the text around it stays where it was laid out
        super.drawString(shown, x, y, info);
    }
}
