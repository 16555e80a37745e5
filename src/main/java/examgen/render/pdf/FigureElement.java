package examgen.render.pdf;

import java.awt.Graphics2D;

import com.lowagie.text.pdf.FontMapper;

import examgen.render.figure.Figure;

/** A figure of the page, painted as vectors by the same drawing code as its SVG. */
final class FigureElement extends VectorElement {

    private final Figure figure;

    FigureElement(Figure figure, FontMapper fonts, float dotsPerPoint, float scale) {
        super(dotsPerPoint, scale, fonts);
        this.figure = figure;
    }

    @Override
    float width() {
        return figure.width();
    }

    @Override
    float height() {
        return figure.height();
    }

    @Override
    void paint(Graphics2D g) {
        figure.paint(g);
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
