package examgen.network;

import examgen.numeric.Real;

/** One factor of a chain-rule product, e.g. {@code Δ}, {@code w5} or {@code x1} in {@code Δ·w5·x1}. */
public record Factor(Kind kind, Symbol symbol, Real value) {

    public enum Kind {
        /** {@code Δ = ŷ − y} at the output the path ends in. */
        OUTPUT_ERROR,
        /** The activation's derivative at a unit's pre-activation: 0 or 1 for a ReLU gate. */
        DERIVATIVE,
        /** A weight on the path from the parameter to the output. */
        WEIGHT,
        /** What the parameter multiplies: the activation or input below it, or 1 for a bias. */
        UPSTREAM
    }
}
