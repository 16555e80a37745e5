package examgen.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class PlotTest {

    private static final Rectangle2D FRAME = new Rectangle2D.Double(50, 12, 400 - 50 - 14, 220 - 12 - 34);

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

    private static Plot plotOf(DoubleUnaryOperator curve) {
        List<double[]> points = new ArrayList<>();
        for (double x = -2; x <= 2.0001; x += 0.05) {
            points.add(new double[] {x, curve.applyAsDouble(x)});
        }
        return new Plot("x", "y", -2, 2, -4, 4, List.of(new Plot.Series("curve", points, Plot.BLUE, false, false, true)), "a curve");
    }
}
