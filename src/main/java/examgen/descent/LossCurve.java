package examgen.descent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.analysis.solvers.LaguerreSolver;
import org.apache.commons.math3.complex.Complex;

import examgen.numeric.Polynomial;
import examgen.numeric.Real;

/**
 * Gradient descent {@code x ← x − α·L'(x)} on a one-dimensional polynomial loss {@code L}, as
 * the notes draw it on slides 11–18: the iterates from a start point, and which minimum they
 * approach.
 */
public final class LossCurve {

    /** An exact iterate whose fraction grows past this many bits is continued approximately. */
    private static final int LARGEST_EXACT_BITS = 2048;
    private static final int MAX_ITERATIONS = 100_000;
    private static final int CREEPING_STEPS = 1_000;
    /**
     * Iterates past this have diverged, and the next ones soon grow beyond any number a decimal can
     * hold (x⁹ from 3 with α = 0.1 passes 10^(2^31) within ten steps): descent stops there.
     */
    private static final Real DIVERGED = Real.parse("1e100");
    /** A settled iterate this close to a minimum is approaching it; minima lie far further apart. */
    private static final Real SAME_POINT = Real.parse("1e-6");
    /** Newton's polish of a minimum goes on to here, far beyond any printed place. */
    private static final Real POLISHED = Real.parse("1e-40");

    private final Polynomial loss;
    private final Polynomial slope;
    private final List<Minimum> minima;

    public LossCurve(Polynomial loss) {
        if (loss.degree() < 2) {
            throw new IllegalArgumentException("a loss curve needs degree 2 or more, got " + loss);
        }
        this.loss = loss;
        this.slope = loss.derivative();
        this.minima = findMinima();
    }

    public Polynomial loss() {
        return loss;
    }

    /** @return whether the loss has a lowest point: a polynomial's has when its degree is even and its leading coefficient positive */
    public boolean boundedBelow() {
        return loss.degree() % 2 == 0 && loss.coefficients().get(loss.degree()).signum() > 0;
    }

    /**
     * @return {@code x_0 = start} and the next {@code steps} iterates, each with its loss and slope;
     *     exact while the fractions stay small; fewer when one lies beyond ±10^100, where descent
     *     has diverged
     */
    public List<Iterate> descend(Real start, Real learningRate, int steps) {
        List<Iterate> iterates = new ArrayList<>();
        Real x = start;
        for (int k = 0; k <= steps; k++) {
            Real gradient = slope.at(x);
            iterates.add(new Iterate(k, x, loss.at(x), gradient));
            if (x.abs().compareTo(DIVERGED) > 0) {
                break;
            }
            x = keepSmall(x.subtract(learningRate.multiply(gradient)));
        }
        return iterates;
    }

    /**
     * @return where descent from {@code start} with rate {@code learningRate} ends up. The many
     *     steps to get there run in {@code double}: they only decide which minimum is approached, which
     *     lie far apart; the minima themselves and the printed iterates are computed exactly or to 60 digits.
     */
    public Outcome outcome(Real start, Real learningRate) {
        double[] c = slope.coefficients().stream().mapToDouble(r -> r.toBigDecimal().doubleValue()).toArray();
        double rate = learningRate.toBigDecimal().doubleValue();
        double x = start.toBigDecimal().doubleValue();
        int sameWay = 0;
        double lastStep = 0;
        for (int k = 1; k <= MAX_ITERATIONS; k++) {
            double gradient = 0;
            for (int i = c.length - 1; i >= 0; i--) {
                gradient = gradient * x + c[i];
            }
            double next = x - rate * gradient;
            if (!Double.isFinite(next) || Math.abs(next) > 1e8) {
                return new Outcome(Outcome.Kind.DIVERGES, Optional.empty(), Real.approximate(BigDecimal.valueOf(Double.isFinite(next) ? next : 1e8)), k);
            }
            if (Math.abs(next - x) < 1e-13) {
                Real last = Real.approximate(BigDecimal.valueOf(next));
                return new Outcome(Outcome.Kind.CONVERGES, nearestMinimum(last), last, k);
            }
            double step = next - x;
            sameWay = Math.signum(step) == Math.signum(lastStep) && Math.abs(step) <= Math.abs(lastStep) ? sameWay + 1 : 0;
            lastStep = step;
            x = next;
        }
        // the last thousand steps one way, each no longer than the one before: a slow approach, not an oscillation
        Outcome.Kind kind = sameWay >= CREEPING_STEPS ? Outcome.Kind.CREEPS : Outcome.Kind.OSCILLATES;
        return new Outcome(kind, Optional.empty(), Real.approximate(BigDecimal.valueOf(x)), MAX_ITERATIONS);
    }

    private Optional<Minimum> nearestMinimum(Real x) {
        return minima.stream().filter(m -> m.x().subtract(x).abs().compareTo(SAME_POINT) < 0).findFirst();
    }

    /** @return the local minima from left to right, the global ones marked */
    public List<Minimum> minima() {
        return minima;
    }

    private List<Minimum> findMinima() {
        Polynomial curvature = slope.derivative();
        List<Real> points = new ArrayList<>();
        for (Real root : realRootsOfSlope()) {
            // a root where the curvature is 0 but for the root's rounding is a flat point, no minimum (x = 0.5 of x⁴ − 1.5x² + x)
            if (curvature.at(root).compareTo(SAME_POINT) > 0 && points.stream().noneMatch(p -> p.subtract(root).abs().compareTo(SAME_POINT) < 0)) {
                points.add(root);
            }
        }
        points.sort(Comparator.naturalOrder());
        boolean boundedBelow = loss.degree() % 2 == 0 && loss.coefficients().get(loss.degree()).signum() > 0;
        Optional<Real> lowest = points.stream().map(loss::at).min(Comparator.naturalOrder());
        return points.stream()
                .map(p -> new Minimum(p, loss.at(p), boundedBelow && loss.at(p).subtract(lowest.get()).abs().compareTo(SAME_POINT) < 0))
                .toList();
    }

    /** Roots located in double by Laguerre's method, then polished by Newton's in working precision. */
    private List<Real> realRootsOfSlope() {
        double[] coefficients = slope.coefficients().stream().mapToDouble(c -> c.toBigDecimal().doubleValue()).toArray();
        if (coefficients.length < 2) {
            return List.of();
        }
        Polynomial curvature = slope.derivative();
        List<Real> roots = new ArrayList<>();
        for (Complex root : new LaguerreSolver().solveAllComplex(coefficients, 0)) {
            if (Math.abs(root.getImaginary()) > 1e-7 * Math.max(1, root.abs())) {
                continue;
            }
            Real x = Real.approximate(new BigDecimal(root.getReal()));
            for (int i = 0; i < 50 && curvature.at(x).signum() != 0; i++) {
                Real next = x.subtract(slope.at(x).divide(curvature.at(x)));
                boolean settled = next.subtract(x).abs().compareTo(POLISHED) < 0;
                x = next;
                if (settled) {
                    break;
                }
            }
            roots.add(x);
        }
        return roots;
    }

    private static Real keepSmall(Real x) {
        if (x.isExact() && x.exactValue().getDenominator().bitLength() + x.exactValue().getNumerator().bitLength() > LARGEST_EXACT_BITS) {
            return x.toApproximate();
        }
        return x;
    }
}
