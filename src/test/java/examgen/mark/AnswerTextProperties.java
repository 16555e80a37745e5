package examgen.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import examgen.numeric.Real;

/** A typed answer is read as the number it shows, however it is typed, or refused as a problem of its row. */
class AnswerTextProperties {

    @Property(tries = 2000)
    void anythingTypedIsReadOrRefusedAsANumberFormatProblem(@ForAll @StringLength(max = 120) String typed) {
        try {
            AnswerText.number(typed);
        } catch (NumberFormatException e) {
            assertTrue(e.getMessage() != null);
        }
    }

    @Property(tries = 1000)
    void aDecimalCommaATypographicMinusAndFullWidthDigitsReadAsThePlainNumber(@ForAll @IntRange(min = -99999, max = 99999) int unscaled,
            @ForAll @IntRange(min = 0, max = 4) int scale) {
        BigDecimal decimal = new BigDecimal(BigInteger.valueOf(unscaled), scale);
        String plain = decimal.toPlainString();
        Real value = Real.of(decimal);
        assertEquals(value, AnswerText.number(plain).orElseThrow());
        assertEquals(value, AnswerText.number(" " + plain.replace('.', ',') + " ").orElseThrow(), "comma: " + plain);
        assertEquals(value, AnswerText.number(plain.replace('-', '\u2212')).orElseThrow(), "minus sign: " + plain);
        StringBuilder fullWidth = new StringBuilder();
        plain.chars().forEach(c -> fullWidth.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c == '-' ? '－' : c == '.' ? '．' : (char) c));
        assertEquals(value, AnswerText.number(fullWidth.toString()).orElseThrow(), "full width: " + fullWidth);
    }
}
