package examgen.network;

import java.util.List;

import examgen.numeric.Real;

/** Every pre-activation and activation of one forward pass, layer by layer. */
public record ForwardTrace(List<Real> inputs, List<List<UnitTrace>> layers) {

    public ForwardTrace {
        inputs = List.copyOf(inputs);
        layers = layers.stream().map(List::copyOf).toList();
    }

    public List<UnitTrace> outputUnits() {
        return layers.get(layers.size() - 1);
    }

    /** @return the network's outputs, {@code ŷ} */
    public List<Real> outputs() {
        return outputUnits().stream().map(UnitTrace::activation).toList();
    }

    public UnitTrace unit(int layer, int index) {
        return layers.get(layer).get(index);
    }

    /** @return the activation below {@code layer}: an input for layer 0 */
    public Real activationBelow(int layer, int index) {
        return layer == 0 ? inputs.get(index) : layers.get(layer - 1).get(index).activation();
    }
}
