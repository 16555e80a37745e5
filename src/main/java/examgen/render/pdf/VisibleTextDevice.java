package examgen.render.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer's PDF output device, writing only the text that shows. Painting a page, Flying
 * Saucer also paints the first line of the next page into the bottom margin, where the page's clip
 * hides it; a reader's search then finds question 3's title at the foot of page 2, and a copy of
 * page 2 ends with it. A line whose baseline lies outside the clip is left out.
 */
final class VisibleTextDevice extends ITextOutputDevice {

    VisibleTextDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        Shape clip = getClip();
        if (clip != null) {
            Rectangle2D shown = clip.getBounds2D();
            if (y < shown.getMinY() || y > shown.getMaxY()) {
                return;
            }
        }
        super.drawString(s, x, y, info);
    }
}
