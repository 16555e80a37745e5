package examgen.generate;

import java.util.List;

/** Family 7: backprop into the output layer — ∂E/∂w5, ∂E/∂w6, the output gate, the updated weights. */
final class OutputLayerGenerator extends ToyBackpropGenerator {

    @Override
    public String id() {
        return "backprop-output";
    }

    @Override
    List<String> cases() {
        return List.of("all-active", "dead-output", "any");
    }

    @Override
    List<String> offered() {
        return List.of("yhat", "delta", "z_out", "gate_out", "dE_dw5", "dE_dw6", "w5_new", "w6_new");
    }
}
