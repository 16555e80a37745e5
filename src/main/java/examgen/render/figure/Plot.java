package examgen.render.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A plot of curves and points on axes with round-numbered ticks: loss against iteration, a loss
 * landscape with the descent's steps, the sigmoid and its derivative, steps, bumps and staircases.
 * Values outside the y range are clipped at its edge, so a diverging curve leaves the frame.
 */
public final class Plot implements Figure {

    /** One curve or set of points. */
    public record Series(String label, List<double[]> points, Color color, boolean dashed, boolean markers, boolean line) {
    }

    public static final Color BLUE = new Color(31, 94, 168);
    public static final Color ORANGE = new Color(214, 110, 20);
    public static final Color GREEN = new Color(40, 140, 70);
    public static final Color RED = new Color(190, 40, 40);

    private static final float WIDTH = 400;
    private static final float HEIGHT = 220;
    private static final float LEFT = 50;
    private static final float RIGHT = 14;
    private static final float TOP = 12;
    private static final float BOTTOM = 34;

    private final String xLabel;
    private final String yLabel;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final List<Series> series;
    private final String alt;

    public Plot(String xLabel, String yLabel, double xMin, double xMax, double yMin, double yMax, List<Series> series, String alt) {
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
        this.series = List.copyOf(series);
        this.alt = alt;
    }

    @Override
    public float width() {
        return WIDTH;
    }

    @Override
    public float height() {
        return HEIGHT;
    }

    @Override
    public String alt() {
        return alt;
    }

    private double px(double x) {
        return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    private double py(double y) {
        double clipped = Math.max(yMin, Math.min(yMax, y));
        return TOP + (yMax - clipped) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    @Override
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(Fonts.sans(8));
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(new Color(225, 225, 225));
        g.setStroke(new BasicStroke(0.5f));
        for (double x : ticks(xMin, xMax)) {
            g.draw(new Line2D.Double(px(x), TOP, px(x), HEIGHT - BOTTOM));
        }
        for (double y : ticks(yMin, yMax)) {
            g.draw(new Line2D.Double(LEFT, py(y), WIDTH - RIGHT, py(y)));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
        for (double x : ticks(xMin, xMax)) {
            String text = tickText(x);
            g.drawString(text, (float) px(x) - metrics.stringWidth(text) / 2f, HEIGHT - BOTTOM + 11);
        }
        for (double y : ticks(yMin, yMax)) {
            String text = tickText(y);
            g.drawString(text, LEFT - 4 - metrics.stringWidth(text), (float) py(y) + 3);
        }
        g.setFont(Fonts.sans(9));
        metrics = g.getFontMetrics();
        g.drawString(xLabel, (float) (LEFT + (WIDTH - LEFT - RIGHT) / 2 - metrics.stringWidth(xLabel) / 2.0), HEIGHT - 6);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, (float) -(TOP + (HEIGHT - TOP - BOTTOM) / 2 + metrics.stringWidth(yLabel) / 2.0), 11);
        rotated.dispose();
        Shape frame = new Rectangle2D.Double(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        Graphics2D inside = (Graphics2D) g.create();
        inside.clip(frame);
        series.forEach(s -> drawSeries(inside, s));
        inside.dispose();
        legend(g);
    }

    private void drawSeries(Graphics2D g, Series s) {
        g.setColor(s.color());
        g.setStroke(s.dashed() ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4, 3}, 0)
                : new BasicStroke(1.4f));
        if (s.line() && s.points().size() > 1) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(px(s.points().get(0)[0]), py(s.points().get(0)[1]));
            for (double[] p : s.points().subList(1, s.points().size())) {
                path.lineTo(px(p[0]), py(p[1]));
            }
            g.draw(path);
        }
        if (s.markers()) {
            for (double[] p : s.points()) {
                g.fill(new Ellipse2D.Double(px(p[0]) - 2.5, py(p[1]) - 2.5, 5, 5));
            }
        }
    }

    private void legend(Graphics2D g) {
        List<Series> labelled = series.stream().filter(s -> !s.label().isEmpty()).toList();
        g.setFont(Fonts.sans(8));
        FontMetrics metrics = g.getFontMetrics();
        float y = TOP + 12;
        for (Series s : labelled) {
            float x = WIDTH - RIGHT - 8 - metrics.stringWidth(s.label()) - 20;
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Float(x - 3, y - 8, metrics.stringWidth(s.label()) + 26, 11));
            g.setColor(s.color());
            g.setStroke(s.dashed() ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4, 3}, 0)
                    : new BasicStroke(1.4f));
            g.draw(new Line2D.Float(x, y - 3, x + 14, y - 3));
            g.setColor(Color.BLACK);
            g.drawString(s.label(), x + 18, y);
            y += 12;
        }
    }

    /** @return round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten */
    static List<Double> ticks(double min, double max) {
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    private static String tickText(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString().replace("-", "−");
    }
}
