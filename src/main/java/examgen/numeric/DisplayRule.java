package examgen.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * How a number is printed on a paper, and so what a student's answer is marked against: a fixed
 * number of decimal places or of significant figures, rounded half-up, optionally in scientific
 * form ({@code 9.54 × 10⁻⁷}) and optionally as a short exact fraction ({@code 1/3}).
 *
 * <p>This is the one place where rounding happens. Printed numbers never show {@code -0},
 * {@code E} notation or binary noise, and always keep the stated number of places
 * ({@code 1.20}, not {@code 1.2}).
 */
public record DisplayRule(Mode mode, int digits, boolean scientific, boolean fractions) {

    /** The counting unit of {@link #digits}. */
    public enum Mode { DECIMAL_PLACES, SIGNIFICANT_FIGURES }

    /** A fraction is shown only when its denominator is at most this: 1/3 reads well, 17/389 does not. */
    private static final BigInteger LARGEST_SHOWN_DENOMINATOR = BigInteger.valueOf(20);

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public DisplayRule {
        if (digits < 0 || (mode == Mode.SIGNIFICANT_FIGURES && digits < 1)) {
            throw new IllegalArgumentException("impossible display rule: " + digits + " " + mode);
        }
        if (scientific && mode != Mode.SIGNIFICANT_FIGURES) {
            throw new IllegalArgumentException("scientific notation counts significant figures");
        }
    }

    /** @return a rule rounding to {@code places} decimal places */
    public static DisplayRule decimalPlaces(int places) {
        return new DisplayRule(Mode.DECIMAL_PLACES, places, false, false);
    }

    /** @return a rule rounding to {@code figures} significant figures */
    public static DisplayRule significantFigures(int figures) {
        return new DisplayRule(Mode.SIGNIFICANT_FIGURES, figures, false, false);
    }

    /** @return this rule, printing in scientific form ({@code 9.54 × 10⁻⁷}) */
    public DisplayRule inScientific() {
        return new DisplayRule(Mode.SIGNIFICANT_FIGURES, digits, true, fractions);
    }

    /** @return this rule, printing an exact value whose decimals never end as a short fraction */
    public DisplayRule withFractions() {
        return new DisplayRule(mode, digits, scientific, true);
    }

    /** @return {@code value} rounded half-up by this rule, with its stated places kept */
    public BigDecimal round(Real value) {
        BigDecimal rounded = mode == Mode.DECIMAL_PLACES
                ? value.round(digits)
                : roundToFigures(value.toBigDecimal());
        return rounded.signum() == 0 ? rounded.abs() : rounded;
    }

    private BigDecimal roundToFigures(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return BigDecimal.ZERO.setScale(Math.max(digits - 1, 0));
        }
        BigDecimal rounded = decimal.round(new MathContext(digits, RoundingMode.HALF_UP));
        return rounded.setScale(Math.max(digits - 1 - exponentOf(rounded), 0), RoundingMode.UNNECESSARY);
    }

    /** @return the power of ten of the leading digit: 2 for 345, -7 for 0.000000954 */
    private static int exponentOf(BigDecimal nonZero) {
        return nonZero.precision() - nonZero.scale() - 1;
    }

    /** @return {@code value} as it is printed on a paper, in plain text: {@code 9.54 × 10⁻⁷} */
    public String format(Real value) {
        return format(value, false);
    }

    /** @return {@code value} as TeX for typeset maths: {@code 9.54 \times 10^{-7}} */
    public String formatTex(Real value) {
        return format(value, true);
    }

    private String format(Real value, boolean tex) {
        if (fractions && value.isExact() && value.terminatingDecimal().isEmpty()
                && value.exactValue().getDenominator().compareTo(LARGEST_SHOWN_DENOMINATOR) <= 0) {
            return tex ? fractionTex(value) : value.fractionString();
        }
        BigDecimal rounded = round(value);
        if (!scientific || rounded.signum() == 0) {
            return rounded.toPlainString();
        }
        int exponent = exponentOf(rounded);
        String mantissa = rounded.movePointLeft(exponent).setScale(digits - 1, RoundingMode.UNNECESSARY).toPlainString();
        if (exponent == 0) {
            return mantissa;
        }
        return tex ? mantissa + " \\times 10^{" + exponent + "}" : mantissa + " × 10" + superscript(exponent);
    }

    private static String fractionTex(Real value) {
        BigFraction f = value.exactValue();
        String fraction = "\\tfrac{" + f.getNumerator().abs() + "}{" + f.getDenominator() + "}";
        return f.getNumerator().signum() < 0 ? "-" + fraction : fraction;
    }

    private static String superscript(int exponent) {
        StringBuilder text = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return text.toString();
    }

    /**
     * @return half a unit in the last printed place of {@code value}: an answer within this of
     *     the exact value rounds to what the key prints
     */
    public Real tolerance(Real value) {
        int lastPlace = mode == Mode.DECIMAL_PLACES
                ? -digits
                : round(value).signum() == 0 ? 1 - digits : exponentOf(round(value)) - digits + 1;
        BigFraction unit = lastPlace >= 0
                ? new BigFraction(BigInteger.TEN.pow(lastPlace))
                : new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(-lastPlace));
        return Real.of(unit.divide(2));
    }

    /** @return the rule in words, as a key states it once at the top */
    public String describe() {
        String unit = mode == Mode.DECIMAL_PLACES
                ? digits + (digits == 1 ? " decimal place" : " decimal places")
                : digits + (digits == 1 ? " significant figure" : " significant figures");
        return "rounded half-up to " + unit + (scientific ? ", in scientific notation" : "");
    }
}
