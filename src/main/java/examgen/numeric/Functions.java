package examgen.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The transcendental functions of the course — exp, ln, square root, the sigmoid and its
 * derivative, tanh — computed by Commons Math's decimal floating point ({@link Dfp}) to
 * {@link Real#WORKING_DIGITS} significant digits, never through {@code double}.
 *
 * <p>Results that are exact stay exact: {@code exp(0) = 1}, {@code σ(0) = 1/2},
 * {@code σ'(0) = 1/4}, and the square root of a rational square.
 */
public final class Functions {

    /** Dfp works in radix 10000; a few guard digits beyond the working precision. */
    private static final DfpField FIELD = new DfpField(Real.WORKING_DIGITS + 8);

    private static final Real QUARTER = Real.of(1, 4);
    private static final Real HALF = Real.of(1, 2);

    private Functions() {
    }

    /** @return {@code e^x} */
    public static Real exp(Real x) {
        if (x.signum() == 0) {
            return Real.ONE;
        }
        return fromDfp(DfpMath.exp(toDfp(x)));
    }

    /**
     * @return the natural logarithm of {@code x}
     * @throws ArithmeticException if {@code x ≤ 0}
     */
    public static Real ln(Real x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of a non-positive number: " + x);
        }
        if (x.equals(Real.ONE)) {
            return Real.ZERO;
        }
        return fromDfp(DfpMath.log(toDfp(x)));
    }

    /**
     * @return {@code √x}, exact when {@code x} is the square of a rational
     * @throws ArithmeticException if {@code x < 0}
     */
    public static Real sqrt(Real x) {
        if (x.signum() < 0) {
            throw new ArithmeticException("square root of a negative number: " + x);
        }
        if (x.isExact()) {
            BigFraction value = x.exactValue();
            BigInteger numeratorRoot = value.getNumerator().sqrt();
            BigInteger denominatorRoot = value.getDenominator().sqrt();
            if (numeratorRoot.pow(2).equals(value.getNumerator())
                    && denominatorRoot.pow(2).equals(value.getDenominator())) {
                return Real.of(new BigFraction(numeratorRoot, denominatorRoot));
            }
        }
        return fromDfp(toDfp(x).sqrt());
    }

    /** @return the logistic sigmoid {@code σ(x) = 1 / (1 + e^(-x))} */
    public static Real sigmoid(Real x) {
        if (x.signum() == 0) {
            return HALF;
        }
        // e^(-|x|) never overflows, however steep the unit
        if (x.signum() > 0) {
            return Real.ONE.divide(Real.ONE.add(exp(x.negate())));
        }
        Real e = exp(x);
        return e.divide(Real.ONE.add(e));
    }

    /** @return {@code σ'(x) = σ(x)(1 − σ(x))}, at most 1/4, reached at {@code x = 0} */
    public static Real sigmoidDerivative(Real x) {
        if (x.signum() == 0) {
            return QUARTER;
        }
        Real s = sigmoid(x);
        return s.multiply(Real.ONE.subtract(s));
    }

    /** @return {@code tanh(x) = (1 − e^(−2x)) / (1 + e^(−2x))}, odd, so worked out on {@code |x|} where the exponential cannot overflow */
    public static Real tanh(Real x) {
        if (x.signum() == 0) {
            return Real.ZERO;
        }
        Real e = exp(x.abs().multiply(Real.of(-2)));
        Real value = Real.ONE.subtract(e).divide(Real.ONE.add(e));
        return x.signum() > 0 ? value : value.negate();
    }

    /** @return the inverse of the sigmoid, {@code ln(p / (1 − p))}, for {@code 0 < p < 1} */
    public static Real logit(Real p) {
        return ln(p.divide(Real.ONE.subtract(p)));
    }

    private static Dfp toDfp(Real x) {
        return FIELD.newDfp(x.toBigDecimal().toString());
    }

    private static Real fromDfp(Dfp value) {
        return Real.approximate(new BigDecimal(value.toString()));
    }
}
