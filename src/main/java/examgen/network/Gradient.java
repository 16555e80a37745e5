package examgen.network;

import examgen.numeric.Real;

/**
 * {@code ∂E/∂p} for one parameter {@code p}: the error signal {@code δ} of the unit it feeds
 * times what it multiplies ({@code upstream}: an activation, an input, or 1 for a bias).
 */
public record Gradient(Parameter parameter, Symbol symbol, Real value, UnitDelta into, Symbol upstream,
        Real upstreamValue) {
}
