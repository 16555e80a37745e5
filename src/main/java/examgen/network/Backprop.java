package examgen.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.numeric.Real;

/** Backpropagation of the loss {@code ½ Σ (y − ŷ)²} through a network, for one example. */
public final class Backprop {

    private static final Real HALF = Real.of(1, 2);
    private static final Symbol BIAS_INPUT = new Symbol("1", "1");

    private Backprop() {
    }

    /** @return {@code ½ Σ (y − ŷ)²} over the outputs */
    public static Real loss(List<Real> outputs, List<Real> targets) {
        Real sum = Real.ZERO;
        for (int o = 0; o < outputs.size(); o++) {
            sum = sum.add(targets.get(o).subtract(outputs.get(o)).pow(2));
        }
        return HALF.multiply(sum);
    }

    /**
     * Runs the forward pass and then the chain rule backwards.
     *
     * @throws IllegalArgumentException if the example does not fit the network
     */
    public static BackpropTrace run(Network network, Example example) {
        if (example.targets().size() != network.outputCount()) {
            throw new IllegalArgumentException("network " + network.shape() + " has " + network.outputCount()
                    + " outputs, got " + example.targets().size() + " targets");
        }
        ForwardTrace forward = network.forward(example.inputs());
        List<Real> outputErrors = new ArrayList<>();
        for (int o = 0; o < network.outputCount(); o++) {
            outputErrors.add(forward.outputs().get(o).subtract(example.targets().get(o)));
        }
        List<List<UnitDelta>> deltas = unitDeltas(network, forward, outputErrors);
        Map<Parameter, Gradient> gradients = new LinkedHashMap<>();
        for (Parameter parameter : network.parameters()) {
            UnitDelta into = deltas.get(parameter.layer()).get(parameter.unit());
            Symbol upstream = parameter.isBias() ? BIAS_INPUT : network.unitSymbol(parameter.layer() - 1, parameter.source());
            Real upstreamValue = parameter.isBias() ? Real.ONE : forward.activationBelow(parameter.layer(), parameter.source());
            gradients.put(parameter, new Gradient(parameter, network.symbol(parameter),
                    into.delta().multiply(upstreamValue), into, upstream, upstreamValue));
        }
        return new BackpropTrace(network, example, forward, loss(forward.outputs(), example.targets()),
                outputErrors, deltas, gradients);
    }

    private static List<List<UnitDelta>> unitDeltas(Network network, ForwardTrace forward, List<Real> outputErrors) {
        int layerCount = network.layers().size();
        List<List<UnitDelta>> deltas = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            deltas.add(null);
        }
        for (int l = layerCount - 1; l >= 0; l--) {
            List<UnitDelta> layerDeltas = new ArrayList<>();
            for (int j = 0; j < network.layers().get(l).width(); j++) {
                UnitTrace unit = forward.unit(l, j);
                Real incoming = l == layerCount - 1 ? outputErrors.get(j) : weightedDeltasAbove(network, deltas.get(l + 1), l, j);
                Real derivative = unit.derivative();
                layerDeltas.add(new UnitDelta(unit, derivative, incoming, derivative.multiply(incoming)));
            }
            deltas.set(l, layerDeltas);
        }
        return deltas;
    }

    private static Real weightedDeltasAbove(Network network, List<UnitDelta> above, int layer, int unit) {
        Real sum = Real.ZERO;
        Layer next = network.layers().get(layer + 1);
        for (int k = 0; k < next.width(); k++) {
            sum = sum.add(next.weight(k, unit).multiply(above.get(k).delta()));
        }
        return sum;
    }
}
