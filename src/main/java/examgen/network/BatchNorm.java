package examgen.network;

import java.util.List;

import examgen.numeric.Functions;
import examgen.numeric.Real;

/**
 * Batch normalisation of one mini-batch of activations (slide 45): subtract the batch mean
 * {@code μ_B}, divide by the batch standard deviation {@code σ_B = √(v_B + ε)}.
 *
 * <p>The variance is the population variance {@code v_B = (1/m) Σ (a − μ_B)²}, dividing by
 * {@code m}, not {@code m − 1}: batch norm describes the batch it is given, it does not estimate
 * a wider population, and this is the convention of Ioffe and Szegedy's paper and of the
 * frameworks. The optional {@code ε} keeps the division safe when all activations are equal.
 */
public record BatchNorm(List<Real> activations, Real epsilon, Real mean, Real variance, Real standardDeviation,
        List<Real> normalised) {

    public static final String CONVENTION = "population standard deviation (divide by m): batch norm "
            + "describes the mini-batch itself rather than estimating a wider population";

    public BatchNorm {
        activations = List.copyOf(activations);
        normalised = List.copyOf(normalised);
    }

    /**
     * @throws IllegalArgumentException if the batch is empty, {@code ε} is negative, or every
     *     activation is equal and {@code ε} is zero
     */
    public static BatchNorm of(List<Real> activations, Real epsilon) {
        if (activations.isEmpty()) {
            throw new IllegalArgumentException("batch normalisation needs at least one activation");
        }
        if (epsilon.signum() < 0) {
            throw new IllegalArgumentException("ε must not be negative, got " + epsilon);
        }
        Real m = Real.of(activations.size());
        Real mean = activations.stream().reduce(Real.ZERO, Real::add).divide(m);
        Real variance = activations.stream().map(a -> a.subtract(mean).pow(2)).reduce(Real.ZERO, Real::add).divide(m);
        if (variance.add(epsilon).signum() == 0) {
            throw new IllegalArgumentException("all activations are equal, so σ_B = 0: give ε > 0");
        }
        Real deviation = Functions.sqrt(variance.add(epsilon));
        List<Real> normalised = activations.stream().map(a -> a.subtract(mean).divide(deviation)).toList();
        return new BatchNorm(activations, epsilon, mean, variance, deviation, normalised);
    }
}
