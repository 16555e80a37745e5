package examgen.descent;

import examgen.numeric.Real;

/** A local minimum of a one-dimensional loss: where {@code L'(x) = 0} and {@code L''(x) > 0}. */
public record Minimum(Real x, Real loss, boolean global) {
}
