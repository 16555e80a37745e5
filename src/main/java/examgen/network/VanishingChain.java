package examgen.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import examgen.numeric.Real;

/**
 * The notes' vanishing-gradient argument on a chain of single units {@code x → a1 → a2 → … → an},
 * unit {@code l} computing {@code a_l = f(w_l · a_{l-1})}: the between-layer factors
 * {@code ∂a_{l+1}/∂a_l = f'(z_{l+1}) · w_{l+1}}, their product, and the bound that
 * {@code σ' ≤ 1/4} puts on the derivatives' part of it, {@code 0.25^L} for {@code L} factors.
 * The same weights with ReLU show what changes: each factor is then {@code w} or 0.
 */
public record VanishingChain(Activation activation, ForwardTrace forward, List<Link> factors) {

    /** One factor {@code ∂a_{l+1}/∂a_l = f'(z_{l+1}) · w_{l+1}} of the chain. */
    public record Link(Symbol symbol, Real derivative, Real weight) {
        public Real value() {
            return derivative.multiply(weight);
        }
    }

    /** The largest value of {@code σ'}, reached at 0. */
    public static final Real SIGMOID_DERIVATIVE_BOUND = Real.of(1, 4);

    public VanishingChain {
        factors = List.copyOf(factors);
    }

    /**
     * @param weights {@code w1 … wn}, one per unit of the chain; the last unit is the output
     * @throws IllegalArgumentException if there are fewer than two weights
     */
    public static VanishingChain of(Activation activation, Real input, List<Real> weights) {
        if (weights.size() < 2) {
            throw new IllegalArgumentException("a chain needs at least two units to have a factor between them");
        }
        List<Integer> widths = new ArrayList<>(Collections.nCopies(weights.size() + 1, 1));
        Network chain = Network.of(widths, Collections.nCopies(weights.size(), activation), weights, Optional.empty());
        ForwardTrace forward = chain.forward(List.of(input));
        List<Link> factors = new ArrayList<>();
        for (int l = 1; l < weights.size(); l++) {
            UnitTrace unit = forward.unit(l, 0);
            Real derivative = unit.derivative();
            Symbol between = new Symbol("∂" + unit.unit().plain() + "/∂" + forward.unit(l - 1, 0).unit().plain(),
                    "\\frac{\\partial " + unit.unit().tex() + "}{\\partial " + forward.unit(l - 1, 0).unit().tex() + "}");
            factors.add(new Link(between, derivative, weights.get(l)));
        }
        return new VanishingChain(activation, forward, factors);
    }

    /** @return {@code L}, the number of between-layer factors */
    public int length() {
        return factors.size();
    }

    /** @return the product of the between-layer factors, {@code ∂a_n/∂a_1} */
    public Real product() {
        return factors.stream().map(Link::value).reduce(Real.ONE, Real::multiply);
    }

    /** @return the product of the derivatives alone, {@code Π f'(z_l)} over units 2 … n */
    public Real derivativeProduct() {
        return factors.stream().map(Link::derivative).reduce(Real.ONE, Real::multiply);
    }

    /** @return {@code 0.25^L}: no product of {@code L} sigmoid derivatives is larger */
    public Real sigmoidBound() {
        return SIGMOID_DERIVATIVE_BOUND.pow(factors.size());
    }
}
