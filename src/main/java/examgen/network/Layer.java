package examgen.network;

import java.util.List;
import java.util.Optional;

import examgen.numeric.Real;

/**
 * One fully connected layer: {@code weights.get(j).get(i)} is the weight from unit {@code i} of
 * the layer below into unit {@code j} of this one; biases, when the layer has them, one per unit.
 */
public record Layer(List<List<Real>> weights, Optional<List<Real>> biases, Activation activation) {

    public Layer {
        weights = weights.stream().map(List::copyOf).toList();
        biases = biases.map(List::copyOf);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a layer needs at least one unit");
        }
        int sources = weights.get(0).size();
        if (weights.stream().anyMatch(row -> row.size() != sources)) {
            throw new IllegalArgumentException("every unit of a layer needs one weight per unit below");
        }
        if (biases.isPresent() && biases.get().size() != weights.size()) {
            throw new IllegalArgumentException("a layer with biases needs one bias per unit");
        }
    }

    public int width() {
        return weights.size();
    }

    public int sources() {
        return weights.get(0).size();
    }

    public Real weight(int unit, int source) {
        return weights.get(unit).get(source);
    }

    public boolean hasBiases() {
        return biases.isPresent();
    }
}
