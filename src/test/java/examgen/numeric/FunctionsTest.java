package examgen.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;

/** Reference digits from an independent 70-digit computation (Python's decimal module). */
class FunctionsTest {

    private static final MathContext FORTY_FIVE = new MathContext(45);

    private static void assertDigits(String expected, Real actual) {
        assertEquals(new BigDecimal(expected).round(FORTY_FIVE), actual.toBigDecimal().round(FORTY_FIVE));
    }

    @Test
    void expAndLnToFortyFiveDigits() {
        assertDigits("2.71828182845904523536028747135266249775724709369995957", Functions.exp(Real.ONE));
        assertDigits("0.693147180559945309417232121458176568075500134360255254", Functions.ln(Real.of(2)));
        assertDigits("1.41421356237309504880168872420969807856967187537694807", Functions.sqrt(Real.of(2)));
    }

    @Test
    void sigmoidAndDerivativeToFortyFiveDigits() {
        assertDigits("0.7310585786300048792511592418218362743651446401650565", Functions.sigmoid(Real.ONE));
        assertDigits("0.8807970779778824440597291413023967952063842986289683", Functions.sigmoid(Real.of(2)));
        assertDigits("0.1049935854035065173486241847604253612292966820576927", Functions.sigmoidDerivative(Real.of(2)));
        assertDigits("0.04742587317756678087884815177175220138617943242060910", Functions.sigmoid(Real.of(-3)));
    }

    @Test
    void exactWhereTheAnswerIsRational() {
        assertEquals(Real.of(1, 2), Functions.sigmoid(Real.ZERO));
        assertEquals(Real.of(1, 4), Functions.sigmoidDerivative(Real.ZERO));
        assertEquals(Real.of(3, 5), Functions.sqrt(Real.parse("0.36")));
        assertEquals(Real.ONE, Functions.exp(Real.ZERO));
    }

    @Test
    void derivativeNeverExceedsAQuarter() {
        for (int i = -40; i <= 40; i++) {
            Real x = Real.of(i, 4);
            assertTrue(Functions.sigmoidDerivative(x).compareTo(Real.of(1, 4)) <= 0, x.toString());
        }
    }

    @Test
    void steepUnitsNeitherOverflowNorLoseTheTail() {
        Real low = Functions.sigmoid(Real.of(-1_000_000));
        Real high = Functions.sigmoid(Real.of(1_000_000));
        assertTrue(low.signum() >= 0 && low.compareTo(Real.parse("1e-100")) < 0);
        assertTrue(high.compareTo(Real.ONE) <= 0 && high.compareTo(Real.parse("0.99999")) > 0);
        assertDigits("4.539786870243439450477623276348945509369200472606863e-5", Functions.sigmoid(Real.of(-10)));
    }
}
