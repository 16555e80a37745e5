package examgen.generate.network;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import examgen.generate.Reject;
import examgen.network.Activation;
import examgen.network.Example;
import examgen.network.Network;
import examgen.network.UnitTrace;
import examgen.numeric.Real;
import examgen.random.Draw;
import examgen.random.ValueSource;

/**
 * Draws a network and its example under a question's conditions, by construction where it can rather
 * than by luck: layer by layer, a ReLU unit on the wrong side of its gate has its incoming weights and
 * bias negated (which flips the sign of its pre-activation and keeps every number as easy as drawn), and
 * a unit wanted at the kink has its bias (or, without one, its last weight) moved to make its
 * pre-activation exactly 0. Numbers fixed in the bank are never changed: a condition they break is a
 * {@link Reject}, so that the engine draws the rest again. A mini-batch's first example decides the flips;
 * its other examples must meet the conditions as drawn.
 */
final class NetworkDraws {

    /** A number moved to meet a condition must still be one a student can write: at most this many places. */
    private static final int MOST_PLACES = 6;

    private NetworkDraws() {
    }

    /** Where each kind of number comes from. */
    record Sources(ValueSource weights, ValueSource biases, ValueSource inputs, ValueSource targets) {
    }

    /** The drawn network with its examples: one, or a mini-batch. */
    record Drawn(Network network, List<Example> examples) {
        Example example() {
            return examples.get(0);
        }
    }

    /**
     * The first example decides the flips; a mini-batch's other examples must meet the conditions as drawn.
     *
     * @param usesTarget whether the question asks what needs y, so that ŷ = y (Δ = 0) is rejected
     */
    static Drawn draw(Draw draw, NetworkShape shape, Sources sources, Conditions conditions, boolean usesTarget, int count) {
        int width = shape.widths().get(0);
        List<Real> allInputs = sources.inputs().take(draw, width * count);
        List<List<Real>> xs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            xs.add(allInputs.subList(k * width, (k + 1) * width));
        }
        if (sources.inputs().isDrawn() && xs.stream().anyMatch(x -> x.stream().distinct().count() < x.size())) {
            throw new Reject("the inputs must differ, or a swapped input goes unnoticed", "inputs");
        }
        if (xs.stream().distinct().count() < count) {
            throw new Reject("the examples of a batch must differ", "inputs");
        }
        List<Real> weights = new ArrayList<>(sources.weights().take(draw, shape.weightCount()));
        List<Real> biases = new ArrayList<>(sources.biases().take(draw, shape.biasCount()));
        boolean canFlip = sources.weights().isDrawn() && (shape.biasCount() == 0 || sources.biases().isDrawn());
        Network skeleton = shape.skeleton();
        List<Real> below = xs.get(0);
        int w = 0;
        int b = 0;
        for (int l = 0; l < skeleton.layers().size(); l++) {
            Activation f = shape.activations().get(l);
            boolean hasBias = shape.biases().get(l);
            List<Real> activations = new ArrayList<>();
            for (int j = 0; j < skeleton.layers().get(l).width(); j++) {
                Unit unit = new Unit(weights, w, below.size(), hasBias ? b : -1, biases);
                if (f.isGated()) {
                    gate(unit, below, Quantity.unitKey(skeleton, l, j), conditions, sources, canFlip);
                }
                activations.add(f.apply(unit.preActivation(below)));
                w += below.size();
                b += hasBias ? 1 : 0;
            }
            below = activations;
        }
        Network network = shape.network(weights, biases);
        for (List<Real> x : xs.subList(1, count)) {
            requireGates(network, skeleton, x, conditions);
        }
        List<Real> y = sources.targets().take(draw, count);
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Example example = Example.of(xs.get(k), y.get(k));
            if (usesTarget && network.forward(example.inputs()).outputs().equals(example.targets())) {
                throw new Reject("ŷ must differ from y", "targets");
            }
            examples.add(example);
        }
        return new Drawn(network, examples);
    }

    /** @throws Reject unless every ReLU unit is on the side of its gate the conditions ask for, and off the kink, on this input */
    private static void requireGates(Network network, Network skeleton, List<Real> x, Conditions conditions) {
        for (List<UnitTrace> layer : network.forward(x).layers()) {
            for (UnitTrace unit : layer) {
                if (!unit.function().isGated()) {
                    continue;
                }
                Integer wanted = conditions.wanted(Quantity.unitKey(skeleton, unit.layer(), unit.index()));
                if (unit.preActivation().signum() == 0 || wanted != null && unit.preActivation().signum() != wanted) {
                    throw new Reject("the conditions on every example of the batch", Conditions.PARAMETER);
                }
            }
        }
    }

    /** A unit's numbers within the network's lists: its weights from {@code from}, its bias at {@code bias} (or -1). */
    private record Unit(List<Real> weights, int from, int sources, int bias, List<Real> biases) {
        Real preActivation(List<Real> below) {
            Real z = bias < 0 ? Real.ZERO : biases.get(bias);
            for (int i = 0; i < sources; i++) {
                z = z.add(below.get(i).multiply(weights.get(from + i)));
            }
            return z;
        }

        void negate() {
            for (int i = 0; i < sources; i++) {
                weights.set(from + i, weights.get(from + i).negate());
            }
            if (bias >= 0) {
                biases.set(bias, biases.get(bias).negate());
            }
        }
    }

    /** Puts a ReLU unit on the side of its gate the conditions ask for. */
    private static void gate(Unit unit, List<Real> below, String key, Conditions conditions, Sources sources, boolean canFlip) {
        Real z = unit.preActivation(below);
        Integer wanted = conditions.wanted(key);
        if (conditions.atKink(key)) {
            if (z.signum() != 0 && !toKink(unit, below, z, sources)) {
                throw new Reject("kink " + key + ": a pre-activation of exactly 0 with numbers of at most " + MOST_PLACES + " places",
                        Conditions.PARAMETER);
            }
            return;
        }
        if (z.signum() == 0) {
            throw new Reject("no pre-activation may be exactly 0 (the ReLU kink) unless a condition asks for it", Conditions.PARAMETER);
        }
        if (wanted != null && z.signum() != wanted) {
            if (!canFlip) {
                throw new Reject(key + (wanted > 0 ? " active" : " dead") + " with the numbers fixed in the bank", Conditions.PARAMETER);
            }
            unit.negate();
        }
    }

    /** @return whether the unit's bias, or its last weight, could be moved so that its pre-activation is 0 */
    private static boolean toKink(Unit unit, List<Real> below, Real z, Sources sources) {
        if (unit.bias() >= 0 && sources.biases().isDrawn()) {
            Real moved = unit.biases().get(unit.bias()).subtract(z);
            if (writable(moved)) {
                unit.biases().set(unit.bias(), moved);
                return true;
            }
            return false;
        }
        Real last = below.get(unit.sources() - 1);
        if (!sources.weights().isDrawn() || last.signum() == 0) {
            return false;
        }
        int at = unit.from() + unit.sources() - 1;
        Real moved = unit.weights().get(at).subtract(z.divide(last));
        if (writable(moved) && moved.signum() != 0) {
            unit.weights().set(at, moved);
            return true;
        }
        return false;
    }

    private static boolean writable(Real value) {
        Optional<BigDecimal> decimal = value.isExact() ? value.terminatingDecimal() : Optional.empty();
        return decimal.map(d -> d.stripTrailingZeros().scale() <= MOST_PLACES && d.abs().compareTo(BigDecimal.TEN) <= 0).orElse(false);
    }
}
