package examgen.mark;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import examgen.generate.network.Quantity;
import examgen.network.Backprop;
import examgen.network.BackpropTrace;
import examgen.network.Example;
import examgen.network.Layer;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.UnitTrace;
import examgen.numeric.Real;
import examgen.paper.Variant;

/**
 * Follow-through on a network question, derived from the network and the quantity rather than written
 * per question: a unit from the student's own activations of the layer below, the loss and Δ from their
 * ŷ, an error signal from their δ of the layer above (or their Δ), a gradient from their δ of its unit
 * (or their Δ, for a weight into the output), an update from their gradient, E′ from their ŷ′, and ŷ′ and E′
 * from the network after the step with their own updated weights and biases in it. On a mini-batch, an update
 * from their mean gradient.
 */
final class NetworkFollowThrough {

    private static final Real HALF = Real.of(1, 2);

    private NetworkFollowThrough() {
    }

    /** @return the value the part has from the student's earlier answers, or empty if it depends on none of them */
    @SuppressWarnings("unchecked")
    static Optional<Real> expected(Variant variant, String key, Map<String, Real> given) {
        Network network = (Network) variant.data().get("network");
        List<?> batch = (List<?>) variant.data().get("examples");
        Optional<Quantity> found = Quantity.find(network, batch == null ? 1 : batch.size(), key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Quantity q = found.get();
        Real rate = (Real) variant.data().get("learningRate");
        if (q.kind() == Quantity.Kind.UPDATED) {
            return Optional.ofNullable(given.get("dE_d" + network.symbol(q.parameter()).plain()))
                    .map(g -> network.value(q.parameter()).subtract(rate.multiply(g)));
        }
        if (batch != null) {
            // a mini-batch's follow-through is its update's, from the student's own mean gradient
            return Optional.empty();
        }
        List<Real> x = (List<Real>) variant.data().get("input");
        List<Real> targets = (List<Real>) variant.data().get("target");
        List<List<UnitTrace>> forward = network.forward(x).layers();
        return switch (q.kind()) {
            case PRE_ACTIVATION, ACTIVATION -> layerBelow(network, q.layer(), given).map(below -> {
                Real z = preActivation(network.layers().get(q.layer()), q.unit(), below);
                return q.kind() == Quantity.Kind.ACTIVATION ? network.layers().get(q.layer()).activation().apply(z) : z;
            });
            case LOSS -> Optional.ofNullable(given.get("yhat")).map(yHat -> HALF.multiply(targets.get(0).subtract(yHat).pow(2)));
            case OUTPUT_ERROR -> Optional.ofNullable(given.get("yhat")).map(yHat -> yHat.subtract(targets.get(0)));
            case OUTPUT_AFTER -> stepWithOwnUpdates(network, x, targets, rate, given).map(after -> after.forward(x).outputs().get(0));
            case LOSS_AFTER -> Optional.ofNullable(given.get("yhat_new"))
                    .or(() -> stepWithOwnUpdates(network, x, targets, rate, given).map(after -> after.forward(x).outputs().get(0)))
                    .map(yHat -> HALF.multiply(targets.get(0).subtract(yHat).pow(2)));
            case UNIT_DELTA -> incoming(network, q.layer(), q.unit(), given).map(in -> forward.get(q.layer()).get(q.unit()).derivative().multiply(in));
            case GRADIENT -> unitDelta(network, forward, q.parameter(), given).map(delta -> delta.multiply(upstream(q.parameter(), x, forward)));
            default -> Optional.empty();
        };
    }

    /**
     * @return the network after the step with each parameter the student updated at their own value ({@code w16_new}),
     *     the others as the step leaves them; empty if they updated none
     */
    private static Optional<Network> stepWithOwnUpdates(Network network, List<Real> x, List<Real> targets, Real rate, Map<String, Real> given) {
        if (network.parameters().stream().noneMatch(p -> given.containsKey(network.symbol(p).plain() + "_new"))) {
            return Optional.empty();
        }
        BackpropTrace trace = Backprop.run(network, new Example(x, targets));
        return Optional.of(network.map((p, value) -> given.getOrDefault(network.symbol(p).plain() + "_new",
                value.subtract(rate.multiply(trace.gradient(p).value())))));
    }

    /** @return the student's activations of the layer below, when they gave every one (the inputs for the first layer) */
    private static Optional<List<Real>> layerBelow(Network network, int layer, Map<String, Real> given) {
        if (layer == 0) {
            return Optional.empty();
        }
        List<String> keys = IntStream.range(0, network.layers().get(layer - 1).width())
                .mapToObj(j -> Quantity.unitKey(network, layer - 1, j)).toList();
        return keys.stream().allMatch(given::containsKey) ? Optional.of(keys.stream().map(given::get).toList()) : Optional.empty();
    }

    private static Real preActivation(Layer layer, int unit, List<Real> below) {
        Real z = layer.biases().map(b -> b.get(unit)).orElse(Real.ZERO);
        for (int i = 0; i < below.size(); i++) {
            z = z.add(below.get(i).multiply(layer.weight(unit, i)));
        }
        return z;
    }

    /** @return what reaches a unit from above in the student's own numbers: their Δ at the output, their δs times the weights below it */
    private static Optional<Real> incoming(Network network, int layer, int unit, Map<String, Real> given) {
        if (layer == network.layers().size() - 1) {
            return Optional.ofNullable(given.get("delta"));
        }
        Layer above = network.layers().get(layer + 1);
        Real sum = Real.ZERO;
        for (int k = 0; k < above.width(); k++) {
            Real delta = given.get("delta_" + Quantity.unitKey(network, layer + 1, k));
            if (delta == null) {
                return Optional.empty();
            }
            sum = sum.add(above.weight(k, unit).multiply(delta));
        }
        return Optional.of(sum);
    }

    /** @return the student's δ of the unit a parameter feeds: given, or from their Δ for a unit of the output */
    private static Optional<Real> unitDelta(Network network, List<List<UnitTrace>> forward, Parameter p, Map<String, Real> given) {
        Real delta = given.get("delta_" + Quantity.unitKey(network, p.layer(), p.unit()));
        if (delta != null) {
            return Optional.of(delta);
        }
        boolean intoOutput = p.layer() == network.layers().size() - 1;
        return intoOutput && given.containsKey("delta")
                ? Optional.of(forward.get(p.layer()).get(p.unit()).derivative().multiply(given.get("delta")))
                : Optional.empty();
    }

    private static Real upstream(Parameter p, List<Real> x, List<List<UnitTrace>> forward) {
        if (p.isBias()) {
            return Real.ONE;
        }
        return p.layer() == 0 ? x.get(p.source()) : forward.get(p.layer() - 1).get(p.source()).activation();
    }
}
