package examgen.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import examgen.numeric.Real;

/**
 * An immutable fully connected feed-forward network: any number of inputs, any layer widths,
 * one activation per layer, biases per layer or none.
 */
public final class Network {

    private final int inputCount;
    private final List<Layer> layers;
    private final NetworkSymbols symbols;

    public Network(int inputCount, List<Layer> layers) {
        if (inputCount < 1 || layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one input and one layer");
        }
        int below = inputCount;
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).sources() != below) {
                throw new IllegalArgumentException("layer " + (l + 1) + " takes " + layers.get(l).sources()
                        + " inputs, but the layer below has " + below + " units");
            }
            below = layers.get(l).width();
        }
        this.inputCount = inputCount;
        this.layers = List.copyOf(layers);
        this.symbols = new NetworkSymbols(inputCount, this.layers);
    }

    /**
     * Builds a network from its shape and flat lists of numbers in the notes' order: weights
     * {@code w1, w2, …} layer by layer, each layer unit by unit, each unit source by source, and
     * biases {@code b1, b2, …} likewise.
     *
     * @param widths the layer widths, inputs first: {@code [2, 2, 1]} for the toy network
     * @param activations one per layer after the inputs
     * @param weights every weight, in order
     * @param biases every bias in order, or empty for a network without biases
     * @throws IllegalArgumentException saying how many numbers the shape needs and how many came
     */
    public static Network of(List<Integer> widths, List<Activation> activations, List<Real> weights,
            Optional<List<Real>> biases) {
        String shape = shapeText(widths);
        if (widths.size() < 2 || widths.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("shape " + shape
                    + " needs at least two layers of at least one unit, e.g. 2-2-1");
        }
        if (activations.size() != widths.size() - 1) {
            throw new IllegalArgumentException("shape " + shape + " needs " + (widths.size() - 1)
                    + " activations (one per layer after the inputs), got " + activations.size());
        }
        int weightCount = weightCount(widths);
        int unitCount = widths.stream().mapToInt(Integer::intValue).sum() - widths.get(0);
        if (weights.size() != weightCount) {
            throw new IllegalArgumentException("shape " + shape + " needs " + weightCount + " weights ("
                    + weightFormula(widths) + "), got " + weights.size());
        }
        if (biases.isPresent() && biases.get().size() != unitCount) {
            throw new IllegalArgumentException("shape " + shape + " needs " + unitCount
                    + " biases (one per unit after the inputs), got " + biases.get().size());
        }
        return layered(widths, activations, Collections.nCopies(widths.size() - 1, biases.isPresent()), weights, biases.orElse(List.of()));
    }

    /**
     * Builds a network whose layers have biases or not, each as {@code biased} says, from flat lists in the notes'
     * order; the lists' lengths are the caller's to check.
     *
     * @param biases the biases of the layers that have them, in order
     */
    public static Network layered(List<Integer> widths, List<Activation> activations, List<Boolean> biased, List<Real> weights,
            List<Real> biases) {
        Iterator<Real> weight = weights.iterator();
        Iterator<Real> bias = biases.iterator();
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < widths.size(); l++) {
            List<List<Real>> rows = new ArrayList<>();
            List<Real> layerBiases = new ArrayList<>();
            for (int j = 0; j < widths.get(l); j++) {
                List<Real> row = new ArrayList<>();
                for (int i = 0; i < widths.get(l - 1); i++) {
                    row.add(weight.next());
                }
                rows.add(row);
                if (biased.get(l - 1)) {
                    layerBiases.add(bias.next());
                }
            }
            layers.add(new Layer(rows, biased.get(l - 1) ? Optional.of(layerBiases) : Optional.empty(), activations.get(l - 1)));
        }
        return new Network(widths.get(0), layers);
    }

    /** @return how many weights a fully connected network of these widths has: {@code Σ n_(l-1)·n_l} */
    public static int weightCount(List<Integer> widths) {
        int count = 0;
        for (int l = 1; l < widths.size(); l++) {
            count += widths.get(l - 1) * widths.get(l);
        }
        return count;
    }

    private static String shapeText(List<Integer> widths) {
        return widths.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    private static String weightFormula(List<Integer> widths) {
        List<String> products = new ArrayList<>();
        for (int l = 1; l < widths.size(); l++) {
            products.add(widths.get(l - 1) + "·" + widths.get(l));
        }
        return String.join(" + ", products);
    }

    public int inputCount() {
        return inputCount;
    }

    public List<Layer> layers() {
        return layers;
    }

    public int outputCount() {
        return layers.get(layers.size() - 1).width();
    }

    /** @return the widths, inputs first: {@code [2, 2, 1]} */
    public List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        widths.add(inputCount);
        layers.forEach(layer -> widths.add(layer.width()));
        return widths;
    }

    /** @return the shape as written in the notes and on the command line: {@code 2-2-1} */
    public String shape() {
        return shapeText(widths());
    }

    /** @return every weight in the notes' order, then every bias */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            for (int j = 0; j < layers.get(l).width(); j++) {
                for (int i = 0; i < layers.get(l).sources(); i++) {
                    parameters.add(Parameter.weight(l, j, i));
                }
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).hasBiases()) {
                for (int j = 0; j < layers.get(l).width(); j++) {
                    parameters.add(Parameter.bias(l, j));
                }
            }
        }
        return parameters;
    }

    public Real value(Parameter parameter) {
        Layer layer = layers.get(parameter.layer());
        return parameter.isBias()
                ? layer.biases().orElseThrow().get(parameter.unit())
                : layer.weight(parameter.unit(), parameter.source());
    }

    /** @return a network of the same shape whose every parameter is {@code update(parameter, value)} */
    public Network map(BiFunction<Parameter, Real, Real> update) {
        List<Layer> updated = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            List<List<Real>> rows = new ArrayList<>();
            for (int j = 0; j < layer.width(); j++) {
                List<Real> row = new ArrayList<>();
                for (int i = 0; i < layer.sources(); i++) {
                    row.add(update.apply(Parameter.weight(l, j, i), layer.weight(j, i)));
                }
                rows.add(row);
            }
            int layerIndex = l;
            Optional<List<Real>> biases = layer.biases().map(values -> {
                List<Real> next = new ArrayList<>();
                for (int j = 0; j < values.size(); j++) {
                    next.add(update.apply(Parameter.bias(layerIndex, j), values.get(j)));
                }
                return next;
            });
            updated.add(new Layer(rows, biases, layer.activation()));
        }
        return new Network(inputCount, updated);
    }

    /** @return the same network with one parameter replaced */
    public Network with(Parameter parameter, Real value) {
        return map((p, old) -> p.equals(parameter) ? value : old);
    }

    public Symbol symbol(Parameter parameter) {
        return symbols.parameter(parameter);
    }

    /** @return the symbol of unit {@code unit} of {@code layer}; layer -1 is the inputs */
    public Symbol unitSymbol(int layer, int unit) {
        return symbols.unit(layer, unit);
    }

    /**
     * Pushes one input vector through the network.
     *
     * @throws IllegalArgumentException if the number of inputs does not match
     */
    public ForwardTrace forward(List<Real> inputs) {
        if (inputs.size() != inputCount) {
            throw new IllegalArgumentException("network " + shape() + " takes " + inputCount
                    + " inputs, got " + inputs.size());
        }
        List<List<UnitTrace>> traced = new ArrayList<>();
        List<Real> below = inputs;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            List<UnitTrace> units = new ArrayList<>();
            for (int j = 0; j < layer.width(); j++) {
                List<UnitTrace.Term> terms = new ArrayList<>();
                Real z = Real.ZERO;
                for (int i = 0; i < layer.sources(); i++) {
                    Real product = below.get(i).multiply(layer.weight(j, i));
                    z = z.add(product);
                    terms.add(new UnitTrace.Term(symbols.unit(l - 1, i), below.get(i),
                            symbols.parameter(Parameter.weight(l, j, i)), layer.weight(j, i)));
                }
                Optional<UnitTrace.Bias> bias = Optional.empty();
                if (layer.hasBiases()) {
                    Real b = layer.biases().get().get(j);
                    z = z.add(b);
                    bias = Optional.of(new UnitTrace.Bias(symbols.parameter(Parameter.bias(l, j)), b));
                }
                units.add(new UnitTrace(l, j, symbols.unit(l, j), symbols.preActivation(l, j), terms, bias, z,
                        layer.activation(), layer.activation().apply(z)));
            }
            traced.add(units);
            below = units.stream().map(UnitTrace::activation).toList();
        }
        return new ForwardTrace(inputs, traced);
    }
}
