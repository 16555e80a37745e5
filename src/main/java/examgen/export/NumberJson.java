package examgen.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import examgen.numeric.Real;

/**
 * A number in exported JSON: {@code {"exact": "-4099/5000", "decimal": "-0.8198"}} for an exact
 * value, {@code {"exact": null, "decimal": "0.73105857863000487925115924"}} (25 significant
 * digits, written out in full, never in E notation) for an irrational one. Strings, so that no reader turns them into doubles.
 */
public final class NumberJson {

    /** Significant digits of the decimal of a value that is not a terminating decimal. */
    public static final int DECIMAL_DIGITS = 25;

    private static final MathContext DIGITS = new MathContext(DECIMAL_DIGITS, RoundingMode.HALF_EVEN);

    private NumberJson() {
    }

    /** @return the value to {@value #DECIMAL_DIGITS} significant digits, written out in full: never E notation, 0 as 0 */
    private static String significant(Real value) {
        BigDecimal rounded = value.toBigDecimal().round(DIGITS);
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    public static ObjectNode of(Real value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (value.isExact()) {
            node.put("exact", value.fractionString());
        } else {
            node.putNull("exact");
        }
        node.put("decimal", value.terminatingDecimal().map(BigDecimal::toPlainString).orElseGet(() -> significant(value)));
        return node;
    }
}
