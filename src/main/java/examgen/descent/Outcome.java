package examgen.descent;

import java.util.Optional;

import examgen.numeric.Real;

/**
 * Where gradient descent from a start point ends up with a constant rate: the minimum it
 * approaches (local or global), or that it diverges or keeps oscillating.
 */
public record Outcome(Kind kind, Optional<Minimum> minimum, Real last, int iterations) {

    public enum Kind {
        /** The iterates settle at a local minimum. */
        CONVERGES,
        /** The iterates grow without bound: the rate is too large for this landscape. */
        DIVERGES,
        /** The iterates neither settle nor escape within the iteration budget. */
        OSCILLATES
    }
}
