package examgen.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import examgen.numeric.Real;

/**
 * Everything backpropagation decides for one example: the forward pass, the loss, {@code Δ} per
 * output, the error signal of every unit, every gate decision, and every gradient with the
 * factors that make it.
 */
public record BackpropTrace(Network network, Example example, ForwardTrace forward, Real loss,
        List<Real> outputErrors, List<List<UnitDelta>> deltas, Map<Parameter, Gradient> gradients) {

    public BackpropTrace {
        outputErrors = List.copyOf(outputErrors);
        deltas = deltas.stream().map(List::copyOf).toList();
        gradients = Collections.unmodifiableMap(new LinkedHashMap<>(gradients));
    }

    /** @return {@code Δ = ŷ − y} of the single output */
    public Real outputError() {
        return outputErrors.get(0);
    }

    public Gradient gradient(Parameter parameter) {
        return gradients.get(parameter);
    }

    /** @return the gradient of every parameter in the notes' order */
    public List<Gradient> gradientList() {
        return List.copyOf(gradients.values());
    }

    /**
     * @return every on/off decision of a ReLU or step unit, output layer first as backprop meets
     *     them, each with the pre-activation it was decided on
     */
    public List<UnitTrace> gates() {
        List<UnitTrace> gates = new ArrayList<>();
        for (int l = forward.layers().size() - 1; l >= 0; l--) {
            forward.layers().get(l).stream().filter(unit -> unit.function().isGated()).forEach(gates::add);
        }
        return gates;
    }

    /** @return the symbol of the error signal at output {@code o}: {@code Δ}, or {@code Δ1, Δ2, …} */
    public Symbol outputErrorSymbol(int o) {
        return outputErrors.size() == 1 ? new Symbol("Δ", "\\Delta") : Symbol.indexed("Δ", o + 1);
    }

    /**
     * Expands {@code ∂E/∂p} into one product per path from the parameter to an output, as the
     * notes write {@code ∂E/∂w1 = Δ · w5 · x1}: the output's {@code Δ}, then going backwards the
     * derivative of each unit passed and the weight between, then what the parameter multiplies.
     * The products add up to the gradient. Their number is the number of paths, so keep this to
     * the small networks of a paper.
     */
    public List<List<Factor>> paths(Parameter parameter) {
        List<List<Factor>> paths = new ArrayList<>();
        Gradient gradient = gradients.get(parameter);
        Factor upstream = new Factor(Factor.Kind.UPSTREAM, gradient.upstream(), gradient.upstreamValue());
        collectPaths(parameter.layer(), parameter.unit(), new ArrayList<>(List.of(upstream)), paths);
        return paths;
    }

    /** Walks forward from a unit, collecting the factors in reverse, and stores each finished path. */
    private void collectPaths(int layer, int unit, List<Factor> reversed, List<List<Factor>> paths) {
        UnitDelta delta = deltas.get(layer).get(unit);
        reversed.add(new Factor(Factor.Kind.DERIVATIVE, derivativeSymbol(delta.unit()), delta.derivative(), Optional.of(delta.unit())));
        if (layer == deltas.size() - 1) {
            reversed.add(new Factor(Factor.Kind.OUTPUT_ERROR, outputErrorSymbol(unit), outputErrors.get(unit)));
            List<Factor> path = new ArrayList<>(reversed);
            Collections.reverse(path);
            paths.add(List.copyOf(path));
            reversed.remove(reversed.size() - 1);
        } else {
            Layer next = network.layers().get(layer + 1);
            for (int k = 0; k < next.width(); k++) {
                Parameter weight = Parameter.weight(layer + 1, k, unit);
                reversed.add(new Factor(Factor.Kind.WEIGHT, network.symbol(weight), next.weight(k, unit)));
                collectPaths(layer + 1, k, reversed, paths);
                reversed.remove(reversed.size() - 1);
            }
        }
        reversed.remove(reversed.size() - 1);
    }

    private static Symbol derivativeSymbol(UnitTrace unit) {
        Activation f = unit.function();
        return new Symbol(f.label() + "′(" + unit.preActivationSymbol().plain() + ")",
                f.tex() + "'(" + unit.preActivationSymbol().tex() + ")");
    }

    /** @return {@code ∂E/∂p} summed over its paths with each factor passed through {@code mistake} first: a modelled wrong gradient */
    public Real alongPaths(Parameter parameter, UnaryOperator<Factor> mistake) {
        return paths(parameter).stream().map(path -> product(path.stream().map(mistake).toList())).reduce(Real.ZERO, Real::add);
    }

    /** @return the error signal {@code δ = ∂E/∂z} of a unit */
    public UnitDelta delta(int layer, int unit) {
        return deltas.get(layer).get(unit);
    }

    /** @return the product of a path's factors */
    public static Real product(List<Factor> path) {
        return path.stream().map(Factor::value).reduce(Real.ONE, Real::multiply);
    }
}
