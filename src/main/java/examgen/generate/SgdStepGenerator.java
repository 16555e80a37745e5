package examgen.generate;

import java.util.ArrayList;
import java.util.List;

import examgen.network.SgdStep;
import examgen.network.UnitTrace;

/** Family 9: one full SGD step — the slide-41 table of all six gradients and updates, ŷ and the error after. */
final class SgdStepGenerator extends ToyBackpropGenerator {

    /**
     * What the step must do. A large rate can overshoot or switch a unit off, and then "compare the
     * error with the error before" has another answer, or ŷ after the step is a bare 0: another case.
     */
    private static final ParamSpec STEP = ParamSpec.choice("step",
            "descends: every unit stays active and the error falls, as in the notes; any: overshooting and units switched off allowed",
            "any", "any", "descends");

    @Override
    public String id() {
        return "sgd-step";
    }

    @Override
    public List<ParamSpec> parameters() {
        List<ParamSpec> parameters = new ArrayList<>(super.parameters());
        parameters.add(STEP);
        return parameters;
    }

    @Override
    void checkStep(SgdStep step, Parameters p) {
        if (p.choice("step").equals("descends")) {
            if (!step.forwardAfter().layers().stream().flatMap(List::stream).allMatch(UnitTrace::isActive)) {
                throw new Reject("every unit stays active after the step");
            }
            if (step.lossAfter().compareTo(step.before().loss()) >= 0) {
                throw new Reject("the step lowers the error");
            }
        }
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
