package examgen.network;

import java.util.Optional;

import examgen.numeric.Real;

/**
 * One factor of a chain-rule product, e.g. {@code Δ}, {@code w5} or {@code x1} in {@code Δ·w5·x1};
 * a derivative names the unit it is taken at, so that a modelled mistake can put another value in its place.
 */
public record Factor(Kind kind, Symbol symbol, Real value, Optional<UnitTrace> unit) {

    public Factor(Kind kind, Symbol symbol, Real value) {
        this(kind, symbol, value, Optional.empty());
    }

    /** @return the same factor with another value, as a mistaken calculation has it */
    public Factor withValue(Real other) {
        return new Factor(kind, symbol, other, unit);
    }

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
