package examgen.approx;

import examgen.numeric.Functions;
import examgen.numeric.Real;

/**
 * A sigmoid hidden unit {@code σ(w·x + b)} used as a step (slides 53–56): its threshold, where it
 * crosses 0.5, is {@code s = −b/w}; the larger {@code |w|}, the sharper the step.
 */
public record StepUnit(Real weight, Real bias) {

    private static final Real LOW = Real.of(1, 100);
    private static final Real HIGH = Real.of(99, 100);

    public StepUnit {
        if (weight.signum() == 0) {
            throw new IllegalArgumentException("a step unit needs a non-zero weight: with w = 0 it never steps");
        }
    }

    /** @return the unit with threshold {@code s} and bias {@code b}: {@code w = −b/s} */
    public static StepUnit withThresholdAndBias(Real threshold, Real bias) {
        if (threshold.signum() == 0) {
            throw new IllegalArgumentException("a threshold of 0 needs b = 0 and fixes no weight; give the weight instead");
        }
        return new StepUnit(bias.negate().divide(threshold), bias);
    }

    /** @return the unit with threshold {@code s} and weight {@code w}: {@code b = −w·s} */
    public static StepUnit withThresholdAndWeight(Real threshold, Real weight) {
        return new StepUnit(weight, weight.multiply(threshold).negate());
    }

    /** @return {@code s = −b/w}, where the sigmoid crosses 0.5 */
    public Real threshold() {
        return bias.negate().divide(weight);
    }

    /** @return {@code σ(w·x + b)} */
    public Real valueAt(Real x) {
        return Functions.sigmoid(weight.multiply(x).add(bias));
    }

    /**
     * @return the width of the region where the unit climbs from 0.01 to 0.99,
     *     {@code (logit 0.99 − logit 0.01)/|w| = 2 ln 99 / |w|}: how sharp the step is
     */
    public Real transitionWidth() {
        return Functions.logit(HIGH).subtract(Functions.logit(LOW)).divide(weight.abs());
    }
}
