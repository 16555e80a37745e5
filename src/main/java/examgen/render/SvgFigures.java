package examgen.render;

import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import examgen.render.figure.Figure;

/**
 * Draws a figure into inline SVG for an HTML page: scalable (a view box in the figure's points),
 * with ids fixed by the figure's own id so that the page is the same bytes every time.
 */
public final class SvgFigures implements PageModel.SvgWriter {

    @Override
    public String svg(Figure figure, String id) {
        SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
        g.setDefsKeyPrefix(id + "-");
        figure.paint(g);
        return g.getSVGElement(id + "-svg", true, new ViewBox(0, 0, figure.width(), figure.height()),
                PreserveAspectRatio.XMID_YMID, null);
    }
}
