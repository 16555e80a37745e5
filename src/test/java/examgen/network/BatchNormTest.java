package examgen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import examgen.numeric.Real;

class BatchNormTest {

    @Test
    void populationStatisticsAndExactNormalisation() {
        // mean 5, deviations -3, -1, 1, 3: population variance 5 (20/4), so σ_B = √5
        BatchNorm norm = BatchNorm.of(List.of(Real.of(2), Real.of(4), Real.of(6), Real.of(8)), Real.ZERO);
        assertEquals(Real.of(5), norm.mean());
        assertEquals(Real.of(5), norm.variance());
        assertTrue(norm.standardDeviation().pow(2).subtract(Real.of(5)).abs().compareTo(Real.parse("1e-50")) < 0);
        Real sum = norm.normalised().stream().reduce(Real.ZERO, Real::add);
        Real squares = norm.normalised().stream().map(v -> v.pow(2)).reduce(Real.ZERO, Real::add);
        assertTrue(sum.abs().compareTo(Real.parse("1e-50")) < 0);
        assertTrue(squares.subtract(Real.of(4)).abs().compareTo(Real.parse("1e-50")) < 0);
    }

    @Test
    void perfectSquareVarianceStaysExact() {
        BatchNorm norm = BatchNorm.of(List.of(Real.of(1), Real.of(3)), Real.ZERO);
        assertEquals(Real.ONE, norm.standardDeviation());
        assertEquals(List.of(Real.of(-1), Real.ONE), norm.normalised());
    }

    @Test
    void epsilonEntersUnderTheRoot() {
        BatchNorm norm = BatchNorm.of(List.of(Real.of(1), Real.of(3)), Real.parse("0.44"));
        assertEquals(Real.parse("1.2"), norm.standardDeviation());
        assertThrows(IllegalArgumentException.class, () -> BatchNorm.of(List.of(Real.ONE, Real.ONE), Real.ZERO));
    }
}
