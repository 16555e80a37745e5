package examgen.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a network's quantities, as the notes write them and extended systematically.
 *
 * <ul>
 *   <li>inputs {@code x1, x2, …};</li>
 *   <li>hidden units {@code h1, h2, …} when there is one hidden layer, otherwise
 *       {@code h(j,l)} for unit {@code j} of hidden layer {@code l}, as the notes' deep net
 *       writes {@code h_{1,3}};</li>
 *   <li>the output {@code ŷ}, or {@code ŷ1, ŷ2, …} when there are several;</li>
 *   <li>weights {@code w1, w2, …} numbered layer by layer, then by the unit they feed, then by
 *       the unit they come from — so the toy network's {@code w1} runs from {@code x1} to
 *       {@code h1}, {@code w2} from {@code x2} to {@code h1}, and {@code w5}, {@code w6} feed
 *       {@code ŷ};</li>
 *   <li>biases {@code b1, b2, …} numbered the same way over the units that have one.</li>
 * </ul>
 */
final class NetworkSymbols {

    private final List<List<Symbol>> units = new ArrayList<>();
    private final List<Symbol> inputs = new ArrayList<>();
    private final List<List<List<Symbol>>> weights = new ArrayList<>();
    private final List<List<Symbol>> biases = new ArrayList<>();

    NetworkSymbols(int inputCount, List<Layer> layers) {
        for (int i = 0; i < inputCount; i++) {
            inputs.add(Symbol.indexed("x", i + 1));
        }
        int hiddenLayers = layers.size() - 1;
        int weightNumber = 0;
        int biasNumber = 0;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            List<Symbol> layerUnits = new ArrayList<>();
            List<List<Symbol>> layerWeights = new ArrayList<>();
            List<Symbol> layerBiases = new ArrayList<>();
            for (int j = 0; j < layer.width(); j++) {
                layerUnits.add(unitSymbol(l, j, hiddenLayers, layer.width()));
                List<Symbol> row = new ArrayList<>();
                for (int i = 0; i < layer.sources(); i++) {
                    row.add(Symbol.indexed("w", ++weightNumber));
                }
                layerWeights.add(row);
                if (layer.hasBiases()) {
                    layerBiases.add(Symbol.indexed("b", ++biasNumber));
                }
            }
            units.add(layerUnits);
            weights.add(layerWeights);
            biases.add(layerBiases);
        }
    }

    private static Symbol unitSymbol(int layer, int unit, int hiddenLayers, int width) {
        if (layer == hiddenLayers) {
            return width == 1
                    ? new Symbol("ŷ", "\\hat{y}")
                    : new Symbol("ŷ" + (unit + 1), "\\hat{y}_{" + (unit + 1) + "}");
        }
        return hiddenLayers == 1 ? Symbol.indexed("h", unit + 1) : Symbol.indexed("h", unit + 1, layer + 1);
    }

    Symbol input(int index) {
        return inputs.get(index);
    }

    /** @return the unit's symbol; layer -1 is the input layer */
    Symbol unit(int layer, int unit) {
        return layer < 0 ? inputs.get(unit) : units.get(layer).get(unit);
    }

    Symbol parameter(Parameter parameter) {
        return parameter.isBias()
                ? biases.get(parameter.layer()).get(parameter.unit())
                : weights.get(parameter.layer()).get(parameter.unit()).get(parameter.source());
    }

    /** @return the pre-activation of a unit: {@code z(h1)}, typeset {@code z(h_{1})} */
    Symbol preActivation(int layer, int unit) {
        Symbol of = unit(layer, unit);
        return new Symbol("z(" + of.plain() + ")", "z(" + of.tex() + ")");
    }
}
