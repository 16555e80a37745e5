package examgen.generate;

import java.util.List;

/** Family 8: backprop into the hidden layer — ∂E/∂w1 … ∂E/∂w4 with both gates, the updated weights. */
final class HiddenLayerGenerator extends ToyBackpropGenerator {

    @Override
    public String id() {
        return "backprop-hidden";
    }

    @Override
    List<String> cases() {
        return List.of("all-active", "dead-hidden", "dead-output", "any");
    }

    @Override
    List<String> offered() {
        return List.of("delta", "gate_out", "gate_h1", "gate_h2", "dE_dw1", "dE_dw2", "dE_dw3", "dE_dw4",
                "w1_new", "w2_new", "w3_new", "w4_new");
    }
}
