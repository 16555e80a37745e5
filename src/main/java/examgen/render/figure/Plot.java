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

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A plot of curves and points on axes with round-numbered ticks: loss against iteration, a loss
 * landscape with the descent's steps, the sigmoid and its derivative, steps, bumps and staircases.
 * Values outside the y range are drawn beyond the frame and clipped by it, so a diverging curve leaves the frame
 * rather than running along its edge.
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
    private static final float LEGEND_ROW = 12;
    private static final float LEGEND_INSET = 5;
    /** How far, in points, a drawn line may pass from a sampled point: a hundredth of a millimetre, below what any printer or screen shows. */
    static final double LINE_TOLERANCE = 0.03;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** Points taken along each straight piece of a curve when looking for a place for the legend. */
    private static final int LINE_SAMPLES = 8;

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

    /** @return where x falls across the figure, in points */
    double px(double x) {
        return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    /**
     * @return where y falls down the figure, in points; a value far beyond the axis stays a frame's height past its edge,
     *     so that a diverging curve runs out of the frame, whose clip hides the rest, rather than along its edge, where it
     *     read as a plateau (and no coordinate grows past what a PDF can hold)
     */
    double py(double y) {
        double range = yMax - yMin;
        double clipped = Math.max(yMin - range, Math.min(yMax + range, y));
        return TOP + (yMax - clipped) / range * (HEIGHT - TOP - BOTTOM);
    }

    @Override
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        grid(g);
        Shape frame = new Rectangle2D.Double(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(frame);
        tickLabels(g);
        axisLabels(g);
        Graphics2D inside = (Graphics2D) g.create();
        inside.clip(frame);
        series.forEach(s -> drawSeries(inside, s));
        inside.dispose();
        legend(g);
    }

    // Each step with its loop in a method of its own: the JIT then compiles small methods, where one paint with four
    // loops was compiled six times over (each loop entered while running, and twice again after a wrong guess).

    private void grid(Graphics2D g) {
        g.setColor(new Color(225, 225, 225));
        g.setStroke(new BasicStroke(0.5f));
        for (double x : ticks(xMin, xMax)) {
            g.draw(new Line2D.Double(px(x), TOP, px(x), HEIGHT - BOTTOM));
        }
        for (double y : ticks(yMin, yMax)) {
            g.draw(new Line2D.Double(LEFT, py(y), WIDTH - RIGHT, py(y)));
        }
    }

    private void tickLabels(Graphics2D g) {
        g.setFont(Fonts.sans(8));
        FontMetrics metrics = g.getFontMetrics();
        for (double x : ticks(xMin, xMax)) {
            String text = tickText(x);
            g.drawString(text, (float) px(x) - metrics.stringWidth(text) / 2f, HEIGHT - BOTTOM + 11);
        }
        for (double y : ticks(yMin, yMax)) {
            String text = tickText(y);
            g.drawString(text, LEFT - 4 - metrics.stringWidth(text), (float) py(y) + 3);
        }
    }

    private void axisLabels(Graphics2D g) {
        g.setFont(Fonts.sans(9));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(xLabel, (float) (LEFT + (WIDTH - LEFT - RIGHT) / 2 - metrics.stringWidth(xLabel) / 2.0), HEIGHT - 6);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, (float) -(TOP + (HEIGHT - TOP - BOTTOM) / 2 + metrics.stringWidth(yLabel) / 2.0), 11);
        rotated.dispose();
    }

    private void drawSeries(Graphics2D g, Series s) {
        g.setColor(s.color());
        g.setStroke(stroke(s));
        if (s.line() && s.points().size() > 1) {
            g.draw(line(s));
        }
        if (s.markers()) {
            for (double[] p : s.points()) {
                g.fill(new Ellipse2D.Double(px(p[0]) - 2.5, py(p[1]) - 2.5, 5, 5));
            }
        }
    }

    /**
     * @return the series' line through its points in the figure's units, without the points that do
     * not change its drawing: a sigmoid's flat arms take a few points where their samples took hundreds
     */
    Path2D line(Series s) {
        Coordinate[] sampled = s.points().stream().map(p -> new Coordinate(px(p[0]), py(p[1]))).toArray(Coordinate[]::new);
        Coordinate[] kept = DouglasPeuckerSimplifier.simplify(GEOMETRY.createLineString(sampled), LINE_TOLERANCE).getCoordinates();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(kept[0].x, kept[0].y);
        for (int i = 1; i < kept.length; i++) {
            path.lineTo(kept[i].x, kept[i].y);
        }
        return path;
    }

    private static BasicStroke stroke(Series s) {
        return s.dashed() ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4, 3}, 0) : new BasicStroke(1.4f);
    }

    private void legend(Graphics2D g) {
        List<Series> labelled = series.stream().filter(s -> !s.label().isEmpty()).toList();
        if (labelled.isEmpty()) {
            return;
        }
        g.setFont(Fonts.sans(8));
        FontMetrics metrics = g.getFontMetrics();
        Rectangle2D box = legendBox(labelled.stream().mapToInt(s -> metrics.stringWidth(s.label())).max().orElse(0) + 26,
                LEGEND_ROW * labelled.size() + 3);
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(new Color(200, 200, 200));
        g.setStroke(new BasicStroke(0.5f));
        g.draw(box);
        float x = (float) box.getX() + 4;
        float y = (float) box.getY() + 10;
        for (Series s : labelled) {
            g.setColor(s.color());
            g.setStroke(stroke(s));
            g.draw(new Line2D.Float(x, y - 3, x + 14, y - 3));
            g.setColor(Color.BLACK);
            g.drawString(s.label(), x + 18, y);
            y += LEGEND_ROW;
        }
    }

    /**
     * @return the legend's place: the corner of the frame where it hides the fewest points of the
     *         curves (matplotlib's "best"), the top right when corners tie
     */
    Rectangle2D legendBox(double width, double height) {
        double left = LEFT + LEGEND_INSET;
        double right = WIDTH - RIGHT - LEGEND_INSET - width;
        double top = TOP + LEGEND_INSET;
        double bottom = HEIGHT - BOTTOM - LEGEND_INSET - height;
        List<Rectangle2D> corners = List.of(new Rectangle2D.Double(right, top, width, height), new Rectangle2D.Double(left, top, width, height),
                new Rectangle2D.Double(right, bottom, width, height), new Rectangle2D.Double(left, bottom, width, height));
        long[] hidden = new long[corners.size()];
        forEachPointDrawn((x, y) -> {
            for (int i = 0; i < hidden.length; i++) {
                if (corners.get(i).contains(x, y)) {
                    hidden[i]++;
                }
            }
        });
        int best = 0;
        for (int i = 1; i < hidden.length; i++) {
            if (hidden[i] < hidden[best]) {
                best = i;
            }
        }
        return corners.get(best);
    }

    /** A point of the figure, in its units. */
    private interface PointVisitor {
        void visit(double x, double y);
    }

    /**
     * Visits where the curves pass: every point, and points along each line between them. Visited,
     * not collected: a sigmoid's hundreds of samples make thousands of points, four times a student.
     */
    private void forEachPointDrawn(PointVisitor visitor) {
        for (Series s : series) {
            List<double[]> points = s.points();
            for (int i = 0; i < points.size(); i++) {
                double x = px(points.get(i)[0]);
                double y = py(points.get(i)[1]);
                visitor.visit(x, y);
                if (s.line() && i + 1 < points.size()) {
                    double nextX = px(points.get(i + 1)[0]);
                    double nextY = py(points.get(i + 1)[1]);
                    for (int step = 1; step < LINE_SAMPLES; step++) {
                        double t = step / (double) LINE_SAMPLES;
                        visitor.visit(x + t * (nextX - x), y + t * (nextY - y));
                    }
                }
            }
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
