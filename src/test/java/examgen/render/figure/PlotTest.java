package examgen.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class PlotTest {

    private static final Rectangle2D FRAME = new Rectangle2D.Double(50, 12, 400 - 50 - 14, 220 - 12 - 34);

    /** A diverging curve once ran along the frame's top edge, where it read as a plateau. */
    @Test
    void aValueFarAboveTheAxisIsDrawnBeyondTheFrameNotOnItsEdge() {
        List<double[]> points = List.of(new double[] {0, 1}, new double[] {1, 1e6}, new double[] {2, 1e12});
        Plot plot = new Plot("x", "y", 0, 2, 0, 2, List.of(new Plot.Series("diverging", points, Plot.BLUE, false, false, true)), "a curve");
        double top = plot.py(2);
        assertTrue(plot.py(1e6) < top - 10, "beyond the top edge: " + plot.py(1e6) + " against " + top);
        assertTrue(Double.isFinite(plot.py(1e300)) && plot.py(1e300) > -1000, "bounded, as a PDF's numbers must be");
    }

    @Test
    void theLegendKeepsToTheTopRightWhenNothingIsThere() {
        Rectangle2D box = plotOf(x -> -x).legendBox(80, 27);
        assertTrue(box.getMinY() < FRAME.getCenterY() && box.getMinX() > FRAME.getCenterX(), box.toString());
    }

    @Test
    void theLegendMovesAwayFromACurveInTheTopRight() {
        // a loss valley whose right wall climbs out of the top right corner, as in the descent questions
        Plot plot = plotOf(x -> x * x * x * x - 2.7 * x * x);
        Rectangle2D box = plot.legendBox(80, 27);
        assertTrue(box.getMinY() > FRAME.getCenterY() || box.getMinX() < FRAME.getCenterX(), box.toString());
    }

    @Test
    void theLegendStaysInsideTheFrame() {
        for (DoubleUnaryOperator curve : List.<DoubleUnaryOperator>of(x -> x, x -> -x, x -> x * x, x -> -x * x)) {
            Rectangle2D box = plotOf(curve).legendBox(80, 27);
            assertTrue(FRAME.contains(box), box.toString());
            assertEquals(80, box.getWidth());
        }
    }

    @Test
    void aCurveIsDrawnThroughFewerPointsButPassesWithinAHairOfEverySample() {
        // a steep step, as in the sigmoid-as-a-step questions: flat arms and one sharp rise
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i <= 240; i++) {
            double x = i / 240.0;
            samples.add(new double[] {x, 1 / (1 + Math.exp(-80 * (x - 0.4)))});
        }
        Plot.Series step = new Plot.Series("step", samples, Plot.BLUE, false, false, true);
        Plot plot = new Plot("x", "y", 0, 1, 0, 1, List.of(step), "a step");

        List<Point2D> drawn = vertices(plot.line(step));
        assertTrue(drawn.size() < 60, drawn.size() + " points drawn of 241");
        assertEquals(plot.px(0), drawn.get(0).getX(), 1e-9);
        assertEquals(plot.px(1), drawn.get(drawn.size() - 1).getX(), 1e-9);
        for (double[] sample : samples) {
            double x = plot.px(sample[0]);
            double y = plot.py(sample[1]);
            double nearest = Double.MAX_VALUE;
            for (int i = 1; i < drawn.size(); i++) {
                nearest = Math.min(nearest, Line2D.ptSegDist(drawn.get(i - 1).getX(), drawn.get(i - 1).getY(), drawn.get(i).getX(),
                        drawn.get(i).getY(), x, y));
            }
            assertTrue(nearest <= Plot.LINE_TOLERANCE, "the line passes " + nearest + " pt from the sample at x = " + sample[0]);
        }
    }

    private static List<Point2D> vertices(Path2D path) {
        List<Point2D> points = new ArrayList<>();
        double[] at = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(at);
            points.add(new Point2D.Double(at[0], at[1]));
        }
        return points;
    }

    private static Plot plotOf(DoubleUnaryOperator curve) {
        List<double[]> points = new ArrayList<>();
        for (double x = -2; x <= 2.0001; x += 0.05) {
            points.add(new double[] {x, curve.applyAsDouble(x)});
        }
        return new Plot("x", "y", -2, 2, -4, 4, List.of(new Plot.Series("curve", points, Plot.BLUE, false, false, true)), "a curve");
    }
}
