package examgen.network;

import java.util.List;
import java.util.Optional;

import examgen.numeric.Real;

/**
 * One unit of a forward pass: its pre-activation {@code z = Σ source·weight (+ bias)}, term by
 * term as a worked solution substitutes them, and its activation {@code a = f(z)}.
 */
public record UnitTrace(int layer, int index, Symbol unit, Symbol preActivationSymbol, List<Term> terms,
        Optional<Bias> bias, Real preActivation, Activation function, Real activation) {

    /** One product {@code source · weight} of the pre-activation, e.g. {@code x1·w1 = 2·0.11}. */
    public record Term(Symbol source, Real sourceValue, Symbol weight, Real weightValue) {
        public Real value() {
            return sourceValue.multiply(weightValue);
        }
    }

    public record Bias(Symbol symbol, Real value) {
    }

    public UnitTrace {
        terms = List.copyOf(terms);
    }

    /** @return {@code f'(z)}, the unit's derivative at its pre-activation */
    public Real derivative() {
        return function.derivative(preActivation, activation);
    }

    /** @return whether a gated unit (ReLU, step) is on: strictly {@code z > 0}, as in the notes */
    public boolean isActive() {
        return preActivation.signum() > 0;
    }
}
