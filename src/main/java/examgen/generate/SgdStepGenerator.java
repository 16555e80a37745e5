package examgen.generate;

import java.util.ArrayList;
import java.util.List;

/** Family 9: one full SGD step — the slide-41 table of all six gradients and updates, ŷ and the error after. */
final class SgdStepGenerator extends ToyBackpropGenerator {

    @Override
    public String id() {
        return "sgd-step";
    }

    @Override
    List<String> cases() {
        return List.of("all-active", "any");
    }

    @Override
    List<String> offered() {
        List<String> keys = new ArrayList<>(List.of("yhat", "loss", "delta"));
        for (int i = 1; i <= 6; i++) {
            keys.add("dE_dw" + i);
        }
        for (int i = 1; i <= 6; i++) {
            keys.add("w" + i + "_new");
        }
        keys.add("yhat_new");
        keys.add("loss_new");
        return keys;
    }
}
