package examgen.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RealTest {

    /** A dead unit's gradient once came out as an approximate 0 ("0E-61", printed "≈ 0.00000"), its weight as "≈ -0.610000". */
    @Test
    void exactlyZeroTimesAnApproximateValueIsExactlyZero() {
        Real sigma = Functions.sigmoid(Real.parse("0.3"));
        assertFalse(sigma.isExact());
        assertTrue(Real.ZERO.multiply(sigma).isExact());
        assertTrue(sigma.multiply(Real.ZERO).isExact());
        Real unchanged = Real.parse("-0.61").subtract(Real.parse("0.1").multiply(Real.ZERO.multiply(sigma)));
        assertEquals(Real.parse("-0.61"), unchanged);
        assertTrue(unchanged.isExact());
    }

    /** A typed number of a billion digits' size (1e999999999) once took minutes and hundreds of megabytes, or crashed. */
    @Test
    void numbersBeyondTheStatedBoundsAreRefusedAtOnceNamingTheText() {
        for (String huge : List.of("1e999999999", "-1e10000000", "1e1001", "1e-1001", "0.5e-999999999", "1" + "0".repeat(60) + "e950")) {
            long start = System.nanoTime();
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> Real.parse(huge));
            assertTrue(System.nanoTime() - start < 1_000_000_000L, huge + " is refused at once");
            assertTrue(e.getMessage().contains("beyond the numbers examgen reads"), e.getMessage());
        }
        NumberFormatException tooLong = assertThrows(NumberFormatException.class, () -> Real.parse("1".repeat(101)));
        assertTrue(tooLong.getMessage().contains("(101 characters) is longer than a number may be (100 characters)"), tooLong.getMessage());
        assertThrows(NumberFormatException.class, () -> Real.parse("1".repeat(60) + "/" + "7".repeat(60)));
        assertEquals(Real.parse("1e1000").exactValue().getNumerator(), BigInteger.TEN.pow(1000));
        assertEquals(Real.of(1, 4), Real.parse("25e-2"));
        assertEquals(Real.parse("-0.000000000000000000001"), Real.parse("-1e-21"));
    }

    @Test
    void decimalsParseExactly() {
        assertEquals(new BigFraction(BigInteger.valueOf(11), BigInteger.valueOf(100)), Real.parse("0.11").exactValue());
        assertEquals(Real.parse("3/10"), Real.parse("0.1").add(Real.parse("0.2")));
        assertEquals(Real.of(-1, 3), Real.parse(" -1/3 "));
        assertEquals(Real.of(1, 1000), Real.parse("1e-3"));
        assertEquals(Real.of(-1, 2), Real.parse("-.5"));
    }

    @Test
    void badTextIsNamed() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Real.parse("abc"));
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
        assertThrows(NumberFormatException.class, () -> Real.parse("1/0"));
        assertThrows(NumberFormatException.class, () -> Real.parse("1/x"));
    }

    @Test
    void exactStaysExactAndApproximateSpreads() {
        Real third = Real.of(1, 3);
        assertTrue(third.multiply(Real.of(3)).isExact());
        assertEquals(Real.ONE, third.multiply(Real.of(3)));
        Real e = Functions.exp(Real.ONE);
        assertFalse(e.isExact());
        assertFalse(e.add(Real.ONE).isExact());
    }

    @Test
    void canonicalText() {
        assertEquals("0.1802", Real.parse("0.18020").toString());
        assertEquals("1/3", Real.of(1, 3).toString());
        assertEquals("-200", Real.of(-200).toString());
        assertEquals("100", Real.parse("1e2").toString());
    }

    @Test
    void aFractionWhoseDenominatorHasOnlyTwosAndFivesTerminates() {
        assertEquals(Optional.of(new BigDecimal("0.375")), Real.of(3, 8).terminatingDecimal());
        assertEquals(Optional.of(new BigDecimal("-0.1875")), Real.of(-3, 16).terminatingDecimal());
        assertEquals(Optional.of(new BigDecimal("0.0016")), Real.of(1, 625).terminatingDecimal());
        assertEquals(Optional.of(new BigDecimal("125")), Real.parse("1250/10").terminatingDecimal());
        assertEquals(Optional.empty(), Real.of(1, 3).terminatingDecimal());
        assertEquals(Optional.empty(), Real.of(7, 30).terminatingDecimal());
        assertEquals(Optional.empty(), Functions.exp(Real.ONE).terminatingDecimal());
    }

    @Test
    void roundsByTheModeAskedFor() {
        Real value = Real.parse("-0.15");
        assertEquals(new BigDecimal("-0.1"), value.round(1, RoundingMode.CEILING));
        assertEquals(new BigDecimal("-0.2"), value.round(1, RoundingMode.FLOOR));
        assertEquals(new BigDecimal("-0.2"), value.round(1));
        assertEquals(new BigDecimal("0.334"), Real.of(1, 3).round(3, RoundingMode.CEILING));
    }

    @Test
    void comparesAcrossKinds() {
        assertTrue(Real.parse("0.5").compareTo(Functions.sigmoid(Real.parse("0.001"))) < 0);
        assertEquals(0, Real.of(1, 4).compareTo(Functions.sigmoidDerivative(Real.ZERO)));
    }
}
