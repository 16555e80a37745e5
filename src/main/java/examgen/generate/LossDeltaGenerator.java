package examgen.generate;

import java.util.List;

/** Family 6: the loss ½(y − ŷ)², Δ = ŷ − y, and what the sign of Δ says. */
final class LossDeltaGenerator extends ToyBackpropGenerator {

    @Override
    public String id() {
        return "loss-delta";
    }

    @Override
    List<String> cases() {
        return List.of("all-active", "any");
    }

    @Override
    List<String> offered() {
        return List.of("yhat", "loss", "delta", "overshoot");
    }
}
