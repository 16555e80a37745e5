package examgen.render.figure;

import java.awt.Graphics2D;

/**
 * A picture drawn from a variant's own numbers, once, by Java2D: into a PDF as vectors and into an
 * SVG for the HTML page. Sizes are in points; the origin is the top left corner.
 */
public interface Figure {

    /** @return the width in points */
    float width();

    /** @return the height in points */
    float height();

    /** @return what the picture shows, for readers who cannot see it */
    String alt();

    void paint(Graphics2D g);
}
