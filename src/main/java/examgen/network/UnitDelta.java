package examgen.network;

import examgen.numeric.Real;

/**
 * The error signal of one unit, {@code δ = ∂E/∂z = f'(z) · incoming}, where {@code incoming} is
 * {@code Δ} at an output and {@code Σ w·δ} over the units above otherwise.
 */
public record UnitDelta(UnitTrace unit, Real derivative, Real incoming, Real delta) {
}
