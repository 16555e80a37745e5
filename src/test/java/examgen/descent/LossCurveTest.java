package examgen.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import examgen.numeric.Polynomial;
import examgen.numeric.Real;

class LossCurveTest {

    private static Real r(String value) {
        return Real.parse(value);
    }

    /** L(x) = x⁴ − 2x² + 0.5x: a deeper well near x ≈ −1.06 and a shallower one near x ≈ 0.93. */
    private final LossCurve bumpy = new LossCurve(Polynomial.parse("0", "0.5", "-2", "0", "1"));

    /**
     * x⁴ − 1.5x² + x has one valley: its slope (x + 1)(2x − 1)² is 0 again at x = 0.5, a flat point where the curvature is 0
     * too. It was taken for "the other minimum", and descent creeping towards it for oscillation.
     */
    @Test
    void aFlatPointIsNoMinimumAndDescentCreepingTowardsItIsNotOscillating() {
        LossCurve oneValley = new LossCurve(Polynomial.parse("0", "1", "-1.5", "0", "1"));
        assertEquals(1, oneValley.minima().size(), oneValley.minima().toString());
        assertEquals(-1.0, oneValley.minima().get(0).x().toBigDecimal().doubleValue(), 1e-20);
        Outcome creeping = oneValley.outcome(Real.parse("1.5"), Real.parse("0.05"));
        assertEquals(Outcome.Kind.CREEPS, creeping.kind());
        assertEquals(0.5, creeping.last().toBigDecimal().doubleValue(), 1e-3);
        assertEquals(Outcome.Kind.CONVERGES, oneValley.outcome(Real.parse("-0.5"), Real.parse("0.05")).kind());
        LossCurve twoValleys = new LossCurve(Polynomial.parse("0", "0.9", "-1.5", "0", "1"));
        assertEquals(2, twoValleys.minima().size(), "just inside |q| < 1 there are two");
    }

    @Test
    void iteratesAreExact() {
        List<Iterate> iterates = bumpy.descend(r("2"), r("0.05"), 2);
        // L'(x) = 4x³ − 4x + 0.5; L'(2) = 24.5, x1 = 2 − 0.05·24.5 = 0.775
        assertEquals(r("24.5"), iterates.get(0).slope());
        assertEquals(r("0.775"), iterates.get(1).x());
        Real slope1 = r("4").multiply(r("0.775").pow(3)).subtract(r("3.1")).add(r("0.5"));
        assertEquals(slope1, iterates.get(1).slope());
        assertEquals(r("0.775").subtract(r("0.05").multiply(slope1)), iterates.get(2).x());
        assertTrue(iterates.get(2).x().isExact());
        assertEquals(bumpy.loss().at(r("0.775")), iterates.get(1).loss());
    }

    @Test
    void findsBothMinimaAndTheGlobalOne() {
        List<Minimum> minima = bumpy.minima();
        assertEquals(2, minima.size());
        assertTrue(minima.get(0).global());
        assertFalse(minima.get(1).global());
        for (Minimum m : minima) {
            Real slope = bumpy.loss().derivative().at(m.x());
            assertTrue(slope.abs().compareTo(r("1e-40")) < 0);
        }
    }

    @Test
    void whereDescentEndsDependsOnTheStart() {
        Outcome right = bumpy.outcome(r("2"), r("0.05"));
        assertEquals(Outcome.Kind.CONVERGES, right.kind());
        assertFalse(right.minimum().orElseThrow().global(), "from the right it settles in the local well");
        Outcome left = bumpy.outcome(r("-2"), r("0.05"));
        assertTrue(left.minimum().orElseThrow().global());
        assertEquals(Outcome.Kind.DIVERGES, bumpy.outcome(r("2"), r("1")).kind());
    }

    @Test
    void longRunsStayFastByLeavingExactArithmetic() {
        List<Iterate> iterates = bumpy.descend(r("0.3"), r("0.01"), 200);
        assertFalse(iterates.get(200).x().isExact());
        assertTrue(iterates.get(200).loss().compareTo(iterates.get(0).loss()) < 0);
    }
}
