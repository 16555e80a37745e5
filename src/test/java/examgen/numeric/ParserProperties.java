package examgen.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;


/**
 * Every input's numbers are read by {@link Real#parse}: whatever is typed, it reads a number exactly or refuses it
 * with a NumberFormatException at once, never another failure, a hang or a memory's worth of digits.
 */
class ParserProperties {

    @Property(tries = 2000)
    void anyTextIsReadOrRefusedAtOnceAndNothingElse(@ForAll @StringLength(max = 200) String text) {
        long start = System.nanoTime();
        try {
            Real value = Real.parse(text);
            assertTrue(value.isExact(), "what is read is exact: " + text);
        } catch (NumberFormatException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "at once: " + text);
    }

    @Property(tries = 2000)
    void aDecimalWrittenOutIsReadBackExactly(@ForAll long unscaled, @ForAll @IntRange(min = -30, max = 30) int scale) {
        BigDecimal decimal = new BigDecimal(BigInteger.valueOf(unscaled), scale);
        assertEquals(Real.of(decimal), Real.parse(decimal.toPlainString()));
        assertEquals(Real.of(decimal), Real.parse(decimal.toString()), "E notation too: " + decimal);
    }

    @Property(tries = 500)
    void anExponentBeyondTheBoundIsRefusedWhateverItsDigits(@ForAll @IntRange(min = 1, max = 9) int digit,
            @ForAll @IntRange(min = Real.MOST_EXPONENT + 1, max = Integer.MAX_VALUE - 1) int exponent) {
        long start = System.nanoTime();
        try {
            Real.parse(digit + "e" + exponent);
            throw new AssertionError("read 1e" + exponent);
        } catch (NumberFormatException e) {
            assertTrue(e.getMessage().contains("beyond the numbers examgen reads"), e.getMessage());
        }
        assertTrue(System.nanoTime() - start < 100_000_000L);
    }
}
