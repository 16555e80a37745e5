package examgen.approx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import examgen.network.Activation;
import examgen.network.Network;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;

/**
 * The one-hidden-layer construction of slides 57–63: every flat piece of height {@code ℓ} over
 * {@code [s_start, s_end]} is a bump made of two step units, one switching on at {@code s_start}
 * with output weight {@code ℓ} and one switching on at {@code s_end} with output weight
 * {@code −ℓ}. A staircase of {@code k} pieces has {@code 2k} hidden units; a bump is a staircase
 * of one piece.
 *
 * <p>The steps are hard ({@link Activation#STEP}, on for {@code w·x + b > 0}) or steep sigmoids
 * of weight {@code steepness}; the output unit is the identity.
 */
public record Staircase(List<Piece> pieces, Activation stepFunction, Real steepness, Network network) {

    /** One flat piece: {@code height} over {@code [start, end]}. */
    public record Piece(Real start, Real end, Real height) {
        public Piece {
            if (start.compareTo(end) >= 0) {
                throw new IllegalArgumentException("a piece needs start < end, got [" + start + ", " + end + "]");
            }
        }
    }

    public Staircase {
        pieces = List.copyOf(pieces);
    }

    /**
     * @param stepFunction {@link Activation#STEP} or {@link Activation#SIGMOID}
     * @param steepness the hidden weight {@code w} of every step unit, positive
     */
    public static Staircase of(List<Piece> pieces, Activation stepFunction, Real steepness) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a staircase needs at least one piece");
        }
        if (stepFunction != Activation.STEP && stepFunction != Activation.SIGMOID) {
            throw new IllegalArgumentException("steps are hard steps or sigmoids, not " + stepFunction.id());
        }
        if (steepness.signum() <= 0) {
            throw new IllegalArgumentException("the steepness w must be positive, got " + steepness);
        }
        List<Real> hiddenWeights = new ArrayList<>();
        List<Real> hiddenBiases = new ArrayList<>();
        List<Real> outputWeights = new ArrayList<>();
        for (Piece piece : pieces) {
            for (Real threshold : List.of(piece.start(), piece.end())) {
                StepUnit unit = StepUnit.withThresholdAndWeight(threshold, steepness);
                hiddenWeights.add(unit.weight());
                hiddenBiases.add(unit.bias());
            }
            outputWeights.add(piece.height());
            outputWeights.add(piece.height().negate());
        }
        List<Real> weights = new ArrayList<>(hiddenWeights);
        weights.addAll(outputWeights);
        List<Real> biases = new ArrayList<>(hiddenBiases);
        biases.add(Real.ZERO);
        Network network = Network.of(List.of(1, 2 * pieces.size(), 1), List.of(stepFunction, Activation.IDENTITY),
                weights, Optional.of(biases));
        return new Staircase(pieces, stepFunction, steepness, network);
    }

    /** @return the bump of height {@code height} over {@code [start, end]} (slides 59–61) */
    public static Staircase bump(Real start, Real end, Real height, Activation stepFunction, Real steepness) {
        return of(List.of(new Piece(start, end, height)), stepFunction, steepness);
    }

    /**
     * @return the staircase of {@code k} equal pieces over {@code [from, to]}, each at the
     *     target's value at the piece's midpoint
     */
    public static Staircase approximating(Polynomial target, Real from, Real to, int k, Activation stepFunction,
            Real steepness) {
        if (k < 1) {
            throw new IllegalArgumentException("a staircase needs k ≥ 1 pieces, got " + k);
        }
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("the interval needs from < to, got [" + from + ", " + to + "]");
        }
        Real width = to.subtract(from).divide(Real.of(k));
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Real start = from.add(width.multiply(Real.of(i)));
            Real end = start.add(width);
            Real midpoint = start.add(end).divide(Real.of(2));
            pieces.add(new Piece(start, end, target.at(midpoint)));
        }
        return of(pieces, stepFunction, steepness);
    }

    /** @return {@code 2k}: two hidden units per flat piece */
    public int hiddenUnits() {
        return network.layers().get(0).width();
    }

    /** @return the network's output at {@code x} */
    public Real valueAt(Real x) {
        return network.forward(List.of(x)).outputs().get(0);
    }

    /** The largest gap between target and staircase on a grid, and where it is. */
    public record Error(Real x, Real value) {
    }

    /**
     * @return the largest {@code |target(x) − ŷ(x)|} over {@code points} equally spaced grid points
     *     from the first piece's start to the last piece's end, both included
     */
    public Error maxError(Polynomial target, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points, got " + points);
        }
        Real from = pieces.get(0).start();
        Real step = pieces.get(pieces.size() - 1).end().subtract(from).divide(Real.of(points - 1));
        Error worst = new Error(from, Real.ZERO);
        for (int i = 0; i < points; i++) {
            Real x = from.add(step.multiply(Real.of(i)));
            Real gap = target.at(x).subtract(valueAt(x)).abs();
            if (gap.compareTo(worst.value()) > 0) {
                worst = new Error(x, gap);
            }
        }
        return worst;
    }

    /** @return the thresholds of the hidden units in order: every piece's start and end */
    public List<Real> thresholds() {
        List<Real> thresholds = new ArrayList<>();
        pieces.forEach(p -> Collections.addAll(thresholds, p.start(), p.end()));
        return thresholds;
    }
}
