package examgen.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.junit.jupiter.api.Test;

import examgen.network.Activation;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;

/** The notes' Part VIII: steps, bumps and staircases. */
class UniversalApproximationTest {

    private static Real r(String value) {
        return Real.parse(value);
    }

    @Test
    void slide56TableOfThresholds() {
        assertEquals(r("1"), new StepUnit(r("20"), r("-20")).threshold());
        assertEquals(r("0.5"), new StepUnit(r("4"), r("-2")).threshold());
        assertEquals(r("0.5"), new StepUnit(r("400"), r("-200")).threshold());
        assertEquals(Real.of(1, 3), new StepUnit(r("600"), r("-200")).threshold());
        assertEquals(Real.of(1, 4), new StepUnit(r("800"), r("-200")).threshold());
    }

    @Test
    void weightForAThresholdOfAQuarterWithBiasMinus200Is800() {
        assertEquals(r("800"), StepUnit.withThresholdAndBias(Real.of(1, 4), r("-200")).weight());
        assertEquals(r("-400"), StepUnit.withThresholdAndWeight(r("0.4"), r("1000")).bias());
    }

    @Test
    void stepValueAndSharpness() {
        StepUnit unit = new StepUnit(r("800"), r("-200"));
        assertEquals(Real.of(1, 2), unit.valueAt(Real.of(1, 4)));
        assertTrue(unit.valueAt(r("0.3")).compareTo(r("0.99")) > 0);
        BigDecimal width = unit.transitionWidth().toBigDecimal().round(new MathContext(40));
        assertEquals(new BigDecimal("0.01148779962533647481713108512952545177279171992395729019671989")
                .round(new MathContext(40)), width);
        assertTrue(new StepUnit(r("20"), r("-20")).transitionWidth().compareTo(unit.transitionWidth()) > 0);
    }

    @Test
    void bumpOfHeight03Over04To07() {
        Staircase bump = Staircase.bump(r("0.4"), r("0.7"), r("0.3"), Activation.SIGMOID, r("1000"));
        assertEquals(2, bump.hiddenUnits());
        List<Real> weights = bump.network().layers().get(0).weights().stream().map(row -> row.get(0)).toList();
        assertEquals(List.of(r("1000"), r("1000")), weights);
        assertEquals(List.of(r("-400"), r("-700")), bump.network().layers().get(0).biases().orElseThrow());
        assertEquals(List.of(r("0.3"), r("-0.3")), bump.network().layers().get(1).weights().get(0));
        assertClose(r("0.3"), bump.valueAt(r("0.55")), "1e-60");
        assertClose(Real.ZERO, bump.valueAt(r("0.2")), "1e-80");
        assertClose(Real.ZERO, bump.valueAt(r("0.9")), "1e-80");
        assertClose(r("0.15"), bump.valueAt(r("0.4")), "1e-100");
    }

    @Test
    void hardStepBumpIsExact() {
        Staircase bump = Staircase.bump(Real.of(1, 3), Real.of(2, 3), Real.ONE, Activation.STEP, r("600"));
        assertEquals(Real.ONE, bump.valueAt(r("0.5")));
        assertEquals(Real.ZERO, bump.valueAt(r("0.1")));
        assertEquals(Real.ZERO, bump.valueAt(r("0.9")));
        assertEquals(Real.ZERO, bump.valueAt(Real.of(1, 3)), "strictly > 0 switches a step on");
    }

    @Test
    void staircaseUsesTwoUnitsPerPieceAndShrinksItsErrorWithK() {
        Polynomial target = Polynomial.parse("0", "0", "1"); // x² on [0, 1]
        Real previous = null;
        for (int k : new int[] {1, 2, 4, 8}) {
            Staircase stairs = Staircase.approximating(target, Real.ZERO, Real.ONE, k, Activation.STEP, r("1000"));
            assertEquals(2 * k, stairs.hiddenUnits());
            Real error = stairs.maxError(target, 81).value();
            if (previous != null) {
                assertTrue(error.compareTo(previous) < 0, "k = " + k);
            }
            previous = error;
        }
        Staircase four = Staircase.approximating(target, Real.ZERO, Real.ONE, 4, Activation.STEP, r("1000"));
        // pieces at the midpoints 1/8, 3/8, 5/8, 7/8: heights 1/64, 9/64, 25/64, 49/64
        assertEquals(Real.of(9, 64), four.valueAt(r("0.3")));
        // the largest gap is at the right end of the steepest piece: x = 1, where x² = 1 and the
        // last piece still stands at 49/64 (its off-step switches on only for x > 1)
        Staircase.Error worst = four.maxError(target, 81);
        assertEquals(Real.of(15, 64), worst.value());
        assertEquals(Real.ONE, worst.x());
    }

    @Test
    void sigmoidStaircaseTracksTheHardOneAwayFromTheEdges() {
        Polynomial target = Polynomial.parse("0", "1"); // y = x
        Staircase hard = Staircase.approximating(target, Real.ZERO, Real.ONE, 5, Activation.STEP, r("2000"));
        Staircase soft = Staircase.approximating(target, Real.ZERO, Real.ONE, 5, Activation.SIGMOID, r("2000"));
        for (String x : new String[] {"0.05", "0.33", "0.5", "0.71", "0.95"}) {
            assertClose(hard.valueAt(r(x)), soft.valueAt(r(x)), "1e-15");
        }
    }

    private static void assertClose(Real expected, Real actual, String tolerance) {
        assertTrue(expected.subtract(actual).abs().compareTo(r(tolerance)) < 0,
                "expected " + expected + " but was " + actual);
    }
}
