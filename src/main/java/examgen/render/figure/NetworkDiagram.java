package examgen.render.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import examgen.explain.NumberText;
import examgen.network.Layer;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.numeric.DisplayRule;

/**
 * The notes' picture of a network: a column of units per layer, an arrow for every weight with its
 * name and value on it, biases written under their units.
 */
public final class NetworkDiagram implements Figure {

    /** The notes' 2-2-1 picture is 400 wide; each further layer of weights widens it, up to the text's width. */
    private static final float BASE_WIDTH = 400;
    private static final float MOST_WIDTH = 480;
    /** Where along its arrow a weight's label may sit, the notes' place first: tried in turn until it overlaps no other label. */
    private static final float[] LABEL_PLACES = {0.3f, 0.42f, 0.22f, 0.5f, 0.36f, 0.58f, 0.66f, 0.74f, 0.16f};
    private static final float RADIUS = 15;
    private static final NumberText NUMBERS = NumberText.plain(DisplayRule.significantFigures(4), 6);

    private final Network network;
    private final float width;
    private final float spacing;
    private final float height;
    private final List<Rectangle2D> labels = new ArrayList<>();

    public NetworkDiagram(Network network) {
        this.network = network;
        this.width = Math.min(MOST_WIDTH, BASE_WIDTH + 80 * (network.layers().size() - 2));
        int widest = network.widths().stream().max(Integer::compare).orElse(1);
        // three or more units a layer cross their arrows more: their labels get more room
        this.spacing = widest >= 3 ? 84 : 70;
        this.height = Math.max(150, spacing * widest + 30);
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public String alt() {
        List<String> arrows = new ArrayList<>();
        for (Parameter p : network.parameters()) {
            if (p.isBias()) {
                arrows.add(network.unitSymbol(p.layer(), p.unit()).plain() + " has bias " + network.symbol(p).plain() + " = "
                        + NUMBERS.of(network.value(p)));
            } else {
                arrows.add(network.symbol(p).plain() + " = " + NUMBERS.of(network.value(p)) + " from "
                        + network.unitSymbol(p.layer() - 1, p.source()).plain() + " to " + network.unitSymbol(p.layer(), p.unit()).plain());
            }
        }
        return "A " + network.shape() + " network: " + String.join("; ", arrows) + ".";
    }

    private float columnX(int layer) {
        return 40 + (width - 80) * (layer + 1) / network.layers().size();
    }

    private float rowY(int layer, int unit) {
        int width = layer < 0 ? network.inputCount() : network.layers().get(layer).width();
        return height / 2 + (unit - (width - 1) / 2f) * spacing;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(Fonts.sans(9));
        labels.clear();
        for (Parameter p : network.parameters()) {
            if (!p.isBias()) {
                arrow(g, p);
            }
        }
        for (int layer = -1; layer < network.layers().size(); layer++) {
            int width = layer < 0 ? network.inputCount() : network.layers().get(layer).width();
            for (int unit = 0; unit < width; unit++) {
                unit(g, layer, unit);
            }
        }
    }

    private void arrow(Graphics2D g, Parameter p) {
        float x1 = columnX(p.layer() - 1) + RADIUS;
        float y1 = rowY(p.layer() - 1, p.source());
        float x2 = columnX(p.layer()) - RADIUS;
        float y2 = rowY(p.layer(), p.unit());
        g.setStroke(new BasicStroke(0.8f));
        g.setColor(new Color(90, 90, 90));
        g.draw(new Line2D.Float(x1, y1, x2, y2));
        double angle = Math.atan2(y2 - y1, x2 - x1);
        Path2D.Float head = new Path2D.Float();
        head.moveTo(x2, y2);
        head.lineTo(x2 - 7 * Math.cos(angle - 0.35), y2 - 7 * Math.sin(angle - 0.35));
        head.lineTo(x2 - 7 * Math.cos(angle + 0.35), y2 - 7 * Math.sin(angle + 0.35));
        head.closePath();
        g.fill(head);
        String label = network.symbol(p).plain() + " = " + NUMBERS.of(network.value(p));
        FontMetrics metrics = g.getFontMetrics();
        int w = metrics.stringWidth(label);
        Rectangle2D box = labelBox(p, x1, y1, x2, y2, w, metrics.getAscent());
        labels.add(box);
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(new Color(20, 60, 140));
        g.drawString(label, (float) box.getX() + 2, (float) box.getMaxY() - 1);
    }

    /**
     * @return where a weight's label goes: a third of the way along its arrow, where arrows into different units are
     *     furthest apart (alternately a little further, so that neighbours do not meet), or, where that covers a label
     *     already drawn, the first place further along or back that covers none, or else the one that covers least
     */
    private Rectangle2D labelBox(Parameter p, float x1, float y1, float x2, float y2, int w, int ascent) {
        Rectangle2D best = null;
        double bestOverlap = Double.MAX_VALUE;
        for (int i = 0; i < LABEL_PLACES.length; i++) {
            float t = LABEL_PLACES[i == 0 ? p.unit() % 2 : i == 1 ? 1 - p.unit() % 2 : i];
            float lx = x1 + (x2 - x1) * t;
            float ly = y1 + (y2 - y1) * t;
            Rectangle2D box = new Rectangle2D.Float(lx - w / 2f - 2, ly - ascent + 1, w + 4, ascent + 2);
            double overlap = labels.stream().filter(box::intersects).mapToDouble(other -> {
                Rectangle2D common = box.createIntersection(other);
                return common.getWidth() * common.getHeight();
            }).sum() + unitsCovered(box);
            if (overlap == 0) {
                return box;
            }
            if (overlap < bestOverlap) {
                best = box;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** @return how much of the units' circles a label's box would cover, as an area */
    private double unitsCovered(Rectangle2D box) {
        double covered = 0;
        for (int layer = -1; layer < network.layers().size(); layer++) {
            int width = layer < 0 ? network.inputCount() : network.layers().get(layer).width();
            for (int unit = 0; unit < width; unit++) {
                Rectangle2D circle = new Rectangle2D.Float(columnX(layer) - RADIUS, rowY(layer, unit) - RADIUS, 2 * RADIUS, 2 * RADIUS);
                if (box.intersects(circle)) {
                    Rectangle2D common = box.createIntersection(circle);
                    covered += common.getWidth() * common.getHeight();
                }
            }
        }
        return covered;
    }

    private void unit(Graphics2D g, int layer, int unit) {
        float x = columnX(layer);
        float y = rowY(layer, unit);
        Ellipse2D.Float circle = new Ellipse2D.Float(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g.setColor(layer < 0 ? new Color(235, 240, 250) : new Color(250, 245, 230));
        g.fill(circle);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.draw(circle);
        g.setFont(Fonts.sans(10));
        String name = network.unitSymbol(layer, unit).plain();
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(name, x - metrics.stringWidth(name) / 2f, y + metrics.getAscent() / 2f - 1);
        g.setFont(Fonts.sans(8));
        if (layer >= 0) {
            Layer l = network.layers().get(layer);
            String below = l.activation().label();
            if (l.hasBiases()) {
                below += ", " + network.symbol(Parameter.bias(layer, unit)).plain() + " = " + NUMBERS.of(l.biases().get().get(unit));
            }
            metrics = g.getFontMetrics();
            g.drawString(below, x - metrics.stringWidth(below) / 2f, y + RADIUS + 11);
        }
        g.setFont(Fonts.sans(9));
    }
}
