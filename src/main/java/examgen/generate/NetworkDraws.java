package examgen.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import examgen.network.Activation;
import examgen.network.Example;
import examgen.network.Network;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Draws a one-hidden-layer network and an example in the case a question asks for, by
 * construction rather than by luck: a ReLU unit on the wrong side of its gate has its incoming
 * weights and bias negated, which flips the sign of its pre-activation and keeps every number
 * as easy as drawn. A pre-activation of exactly 0 (the kink) or {@code ŷ = y} is rejected.
 */
final class NetworkDraws {

    private NetworkDraws() {
    }

    /** The drawn network with its example. */
    record Drawn(Network network, Example example) {
    }

    /**
     * @param shape three widths, e.g. {@code [2, 2, 1]}
     * @throws IllegalArgumentException if the case needs a ReLU output and the output is not ReLU
     */
    static Drawn draw(Draw draw, List<Integer> shape, Activation output, boolean biases, DecimalRange weights,
            DecimalRange inputs, DecimalRange targets, NetworkCase wanted) {
        if (wanted == NetworkCase.DEAD_OUTPUT && output != Activation.RELU) {
            throw new IllegalArgumentException("case dead-output needs a ReLU output unit");
        }
        List<Real> x = draw.decimals(inputs, shape.get(0));
        if (x.stream().distinct().count() < x.size()) {
            throw new Reject("the inputs must differ, or a swapped input goes unnoticed");
        }
        int deadHidden = wanted == NetworkCase.DEAD_HIDDEN ? draw.integer(0, shape.get(1) - 1) : -1;
        Layer hidden = layer(draw, weights, biases, shape.get(1), x, j -> wanted == NetworkCase.ANY ? null : j != deadHidden);
        List<Real> h = hidden.preActivations().stream().map(Activation.RELU::apply).toList();
        Layer top = layer(draw, weights, biases, shape.get(2), h,
                k -> output != Activation.RELU || wanted == NetworkCase.ANY ? null : wanted != NetworkCase.DEAD_OUTPUT);
        List<Real> y = draw.decimals(targets.allowingZero(), shape.get(2));
        List<Real> allWeights = new ArrayList<>(hidden.weights());
        allWeights.addAll(top.weights());
        Optional<List<Real>> allBiases = Optional.empty();
        if (biases) {
            List<Real> b = new ArrayList<>(hidden.biases());
            b.addAll(top.biases());
            allBiases = Optional.of(b);
        }
        Network network = Network.of(shape, List.of(Activation.RELU, output), allWeights, allBiases);
        Example example = new Example(x, y);
        if (network.forward(x).outputs().equals(y)) {
            throw new Reject("ŷ must differ from y");
        }
        return new Drawn(network, example);
    }

    private record Layer(List<Real> weights, List<Real> biases, List<Real> preActivations) {
    }

    /** Which sign a unit's pre-activation must have: true for > 0, false for < 0, null for either. */
    private interface Wanted {
        Boolean positive(int unit);
    }

    private static Layer layer(Draw draw, DecimalRange weights, boolean biases, int width, List<Real> below, Wanted wanted) {
        List<Real> allWeights = new ArrayList<>();
        List<Real> allBiases = new ArrayList<>();
        List<Real> preActivations = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            List<Real> row = draw.decimals(weights, below.size());
            Real bias = biases ? draw.decimal(weights.allowingZero()) : Real.ZERO;
            Real z = bias;
            for (int i = 0; i < below.size(); i++) {
                z = z.add(below.get(i).multiply(row.get(i)));
            }
            if (z.signum() == 0) {
                throw new Reject("no pre-activation may be exactly 0 (the ReLU kink)");
            }
            Boolean positive = wanted.positive(j);
            if (positive != null && positive != (z.signum() > 0)) {
                row = row.stream().map(Real::negate).toList();
                bias = bias.negate();
                z = z.negate();
            }
            allWeights.addAll(row);
            allBiases.add(bias);
            preActivations.add(z);
        }
        return new Layer(allWeights, allBiases, preActivations);
    }
}
