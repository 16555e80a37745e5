package examgen.descent;

import java.util.Optional;

import examgen.numeric.Real;

/**
 * Where gradient descent from a start point ends up with a constant rate: the minimum it
 * approaches (local or global), or that it diverges, keeps oscillating, or creeps towards a flat point.
 */
public record Outcome(Kind kind, Optional<Minimum> minimum, Real last, int iterations) {

    public enum Kind {
        /** The iterates settle at a local minimum. */
        CONVERGES,
        /** The iterates grow without bound: the rate is too large for this landscape. */
        DIVERGES,
        /** The iterates neither settle nor escape within the iteration budget, hopping back and forth. */
        OSCILLATES,
        /**
         * The iterates move one way with ever smaller steps and do not settle within the budget: towards a flat
         * point, where the slope and the curvature are both 0 (x = 0.5 of x⁴ − 1.5x² + x), which is no minimum.
         */
        CREEPS
    }
}
