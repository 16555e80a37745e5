package examgen.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * A real number that stays an exact rational for as long as it can.
 *
 * <p>Sums, differences, products and quotients of exact values are exact ({@link BigFraction}).
 * A value that involves {@code exp}, {@code ln} or an irrational square root is held as a
 * {@link BigDecimal} of {@link #WORKING_DIGITS} significant digits, and anything combined with it
 * is approximate too. Nothing ever passes through {@code double}.
 */
public final class Real implements Comparable<Real> {

    /** Significant digits kept for approximate values: far beyond the 40 that answers need. */
    public static final int WORKING_DIGITS = 60;

    /** Rounding context of approximate arithmetic. */
    public static final MathContext WORKING = new MathContext(WORKING_DIGITS, RoundingMode.HALF_EVEN);

    public static final Real ZERO = new Real(BigFraction.ZERO, null);
    public static final Real ONE = new Real(BigFraction.ONE, null);

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /** Non-null exactly when the value is exact. */
    private final BigFraction exact;
    /** Non-null exactly when the value is approximate. */
    private final BigDecimal approximate;
    /** An exact value's decimal to the working precision, computed when first asked for (a race only computes it twice). */
    private BigDecimal decimal;
    /**
     * Its terminating expansion, or empty, computed when first asked for: a paper prints a value on its PDF and HTML
     * pages, in the key and in the JSON.
     */
    private Optional<BigDecimal> terminating;

    private Real(BigFraction exact, BigDecimal approximate) {
        this.exact = exact;
        this.approximate = approximate;
    }

    /** @return the exact value {@code value} */
    public static Real of(long value) {
        return new Real(new BigFraction(value), null);
    }

    /** @return the exact value {@code numerator / denominator} */
    public static Real of(long numerator, long denominator) {
        return new Real(new BigFraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)), null);
    }

    /** @return the exact value of {@code fraction} */
    public static Real of(BigFraction fraction) {
        return new Real(Objects.requireNonNull(fraction), null);
    }

    /** @return the exact value of {@code decimal}: 0.11 is 11/100, never the double nearest it */
    public static Real of(BigDecimal decimal) {
        return new Real(fractionOf(decimal), null);
    }

    /** @return an approximate value, rounded to the working precision */
    public static Real approximate(BigDecimal value) {
        return new Real(null, value.round(WORKING));
    }

    /** The most characters a number read from any input may have: far beyond any answer, and bounded. */
    public static final int MOST_CHARACTERS = 100;
    /**
     * The largest power of ten a number read may carry ({@code 1e1000}, {@code 1e-1000}): its exact value is then at most
     * a few thousand digits, where {@code 1e999999999} would take a billion and the memory with them.
     */
    public static final int MOST_EXPONENT = 1000;

    /**
     * Parses a number as a person writes it: an integer ({@code 3}, {@code -2}), a decimal
     * ({@code 0.11}, {@code -.5}, {@code 1e-3}) or a fraction ({@code 1/3}, {@code -2/7}), exactly; every input of
     * examgen (the bank, responses, the command line, network files) is read by it, within
     * {@value #MOST_CHARACTERS} characters and powers of ten up to {@value #MOST_EXPONENT} either way.
     *
     * @throws NumberFormatException naming the text, when it is none of these or beyond those bounds
     */
    public static Real parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > MOST_CHARACTERS) {
            throw new NumberFormatException("'" + trimmed.substring(0, 20) + "…' (" + trimmed.length() + " characters) is longer than a number"
                    + " may be (" + MOST_CHARACTERS + " characters)");
        }
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return of(decimal(trimmed, text));
        }
        BigInteger numerator = integer(trimmed.substring(0, slash), text);
        BigInteger denominator = integer(trimmed.substring(slash + 1), text);
        if (denominator.signum() == 0) {
            throw new NumberFormatException("'" + text + "' divides by zero");
        }
        return new Real(new BigFraction(numerator, denominator), null);
    }

    private static BigDecimal decimal(String digits, String text) {
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw notANumber(text);
        }
        // the power of ten of the number's leading digit, and of its last: both bounded, so that its fraction stays small
        long leading = (long) decimal.precision() - decimal.scale() - 1;
        if (decimal.signum() != 0 && (Math.abs(leading) > MOST_EXPONENT || Math.abs((long) decimal.scale()) > MOST_EXPONENT + MOST_CHARACTERS)) {
            throw new NumberFormatException("'" + text.strip() + "' is beyond the numbers examgen reads (from 1e-" + MOST_EXPONENT + " to 1e"
                    + MOST_EXPONENT + " in size)");
        }
        return decimal;
    }

    private static BigInteger integer(String digits, String text) {
        try {
            return new BigInteger(digits.strip());
        } catch (NumberFormatException e) {
            throw notANumber(text);
        }
    }

    private static NumberFormatException notANumber(String text) {
        return new NumberFormatException("'" + text + "' is not a number (write 0.11, -2 or 1/3)");
    }

    private static BigFraction fractionOf(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0
                ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    public boolean isExact() {
        return exact != null;
    }

    /**
     * @return the exact value
     * @throws IllegalStateException if this value is approximate
     */
    public BigFraction exactValue() {
        if (exact == null) {
            throw new IllegalStateException("not exact: " + approximate.toPlainString());
        }
        return exact;
    }

    /** @return this value as a decimal of the working precision (exact when it terminates within it) */
    public BigDecimal toBigDecimal() {
        if (exact == null) {
            return approximate;
        }
        BigDecimal value = decimal;
        if (value == null) {
            value = decimalOf(exact);
            decimal = value;
        }
        return value;
    }

    /** @return this value rounded half-up to {@code places} decimal places, from the exact fraction where there is one */
    public BigDecimal round(int places) {
        return round(places, RoundingMode.HALF_UP);
    }

    /** @return this value rounded by {@code mode} to {@code places} decimal places, from the exact fraction where there is one */
    public BigDecimal round(int places, RoundingMode mode) {
        return exact != null
                ? new BigDecimal(exact.getNumerator()).divide(new BigDecimal(exact.getDenominator()), places, mode)
                : approximate.setScale(places, mode);
    }

    private static BigDecimal decimalOf(BigFraction fraction) {
        return new BigDecimal(fraction.getNumerator()).divide(new BigDecimal(fraction.getDenominator()), WORKING);
    }

    /** @return the same number, held approximately: for iterations whose exact form would grow without end */
    public Real toApproximate() {
        return exact == null ? this : approximate(decimalOf(exact));
    }

    /**
     * @return the exact decimal expansion when this value is exact and its expansion terminates,
     *     otherwise empty
     */
    public Optional<BigDecimal> terminatingDecimal() {
        Optional<BigDecimal> value = terminating;
        if (value == null) {
            value = exact == null ? Optional.empty() : terminatingDecimalOf(exact);
            terminating = value;
        }
        return value;
    }

    private static Optional<BigDecimal> terminatingDecimalOf(BigFraction exact) {
        BigInteger denominator = exact.getDenominator();
        int twos = denominator.getLowestSetBit();
        BigInteger rest = denominator.shiftRight(twos);
        int fives = 0;
        BigInteger[] quotientAndRemainder = rest.divideAndRemainder(FIVE);
        while (quotientAndRemainder[1].signum() == 0) {
            rest = quotientAndRemainder[0];
            fives++;
            quotientAndRemainder = rest.divideAndRemainder(FIVE);
        }
        if (!rest.equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        int scale = Math.max(twos, fives);
        BigDecimal value = new BigDecimal(exact.getNumerator()).divide(new BigDecimal(denominator), scale, RoundingMode.UNNECESSARY);
        BigDecimal stripped = value.stripTrailingZeros();
        return Optional.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** @return {@code this + other} */
    public Real add(Real other) {
        if (exact != null && other.exact != null) {
            return new Real(exact.add(other.exact), null);
        }
        return approximate(toBigDecimal().add(other.toBigDecimal(), WORKING));
    }

    /** @return {@code this - other} */
    public Real subtract(Real other) {
        return add(other.negate());
    }

    /** @return {@code this * other}; exactly 0 when either is exactly 0, as a closed ReLU gate makes a gradient whatever it multiplies */
    public Real multiply(Real other) {
        if (exact != null && other.exact != null) {
            return new Real(exact.multiply(other.exact), null);
        }
        if (exact != null && exact.getNumerator().signum() == 0 || other.exact != null && other.exact.getNumerator().signum() == 0) {
            return ZERO;
        }
        return approximate(toBigDecimal().multiply(other.toBigDecimal(), WORKING));
    }

    /**
     * @return {@code this / other}
     * @throws ArithmeticException if {@code other} is zero
     */
    public Real divide(Real other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (exact != null && other.exact != null) {
            return new Real(exact.divide(other.exact), null);
        }
        return approximate(toBigDecimal().divide(other.toBigDecimal(), WORKING));
    }

    /** @return {@code -this} */
    public Real negate() {
        return exact != null ? new Real(exact.negate(), null) : new Real(null, approximate.negate());
    }

    /** @return {@code |this|} */
    public Real abs() {
        return signum() < 0 ? negate() : this;
    }

    /** @return {@code this}<sup>{@code n}</sup> for {@code n ≥ 0} */
    public Real pow(int n) {
        if (exact != null) {
            return new Real(exact.pow(n), null);
        }
        return approximate(approximate.pow(n, WORKING));
    }

    public int signum() {
        return exact != null ? exact.getNumerator().signum() : approximate.signum();
    }

    @Override
    public int compareTo(Real other) {
        if (exact != null && other.exact != null) {
            return exact.compareTo(other.exact);
        }
        return toBigDecimal().compareTo(other.toBigDecimal());
    }

    /** Exact values equal exact values of the same number; approximate values equal nothing exact. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Real other)) {
            return false;
        }
        return exact != null
                ? exact.equals(other.exact)
                : other.exact == null && approximate.compareTo(other.approximate) == 0;
    }

    @Override
    public int hashCode() {
        return exact != null ? exact.hashCode() : approximate.stripTrailingZeros().hashCode();
    }

    /**
     * @return the canonical text: a terminating decimal ({@code 0.1802}), a fraction
     *     ({@code 1/3}), or for an approximate value {@code ≈} and its working digits
     */
    @Override
    public String toString() {
        if (exact != null) {
            return terminatingDecimal().map(BigDecimal::toPlainString).orElseGet(this::fractionString);
        }
        return "≈" + approximate.toString();
    }

    /** @return {@code numerator/denominator}, or the integer alone; exact values only */
    public String fractionString() {
        BigFraction value = exactValue();
        return value.getDenominator().equals(BigInteger.ONE)
                ? value.getNumerator().toString()
                : value.getNumerator() + "/" + value.getDenominator();
    }
}
