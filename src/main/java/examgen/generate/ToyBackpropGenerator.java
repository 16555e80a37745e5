package examgen.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.network.Activation;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.SgdStep;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * What the backprop families share: the notes' 2-2-1 ReLU network (w1 … w6, no biases) drawn in a
 * case, one SGD step on it, and every answer the notes ask of it — the output's pre-activation and
 * both kinds of gate, Δ and the loss, all six gradients and updates, ŷ and the loss after the
 * step. Each family offers the answers of its part of the notes.
 */
abstract class ToyBackpropGenerator implements Generator {

    private static final List<Integer> SHAPE = List.of(2, 2, 1);

    /** @return the cases this family may be asked in, its default first */
    abstract List<String> cases();

    /** @return the keys of the answers this family offers, from {@link #allAnswers()} */
    abstract List<String> offered();

    @Override
    public List<ParamSpec> parameters() {
        return List.of(NetworkValues.WEIGHTS, ParamSpec.range("inputs", "the range of x1 and x2", DecimalRange.of("1", "4", 0)),
                NetworkValues.TARGETS, NetworkValues.ALPHA, NetworkValues.networkCase(cases().get(0), cases().toArray(String[]::new)));
    }

    /**
     * Checks what a family asks of the step itself; none by default.
     *
     * @throws Reject if the step breaks it
     */
    void checkStep(SgdStep step, Parameters p) {
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> all = allAnswers();
        Map<String, String> answers = new LinkedHashMap<>();
        offered().forEach(key -> answers.put(key, all.get(key)));
        return answers;
    }

    private static Map<String, String> allAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("h1", "the activation h1");
        answers.put("h2", "the activation h2");
        answers.put("yhat", "the output ŷ");
        answers.put("loss", "the error ½(y − ŷ)²");
        answers.put("delta", "Δ = ŷ − y");
        answers.put("overshoot", "what the sign of Δ says");
        answers.put("z_out", "the output's pre-activation h1·w5 + h2·w6");
        answers.put("gate_out", "whether the output unit is active");
        answers.put("gate_h1", "whether h1 is active");
        answers.put("gate_h2", "whether h2 is active");
        for (int i = 1; i <= 6; i++) {
            answers.put("dE_dw" + i, "∂E/∂w" + i);
        }
        for (int i = 1; i <= 6; i++) {
            answers.put("w" + i + "_new", "w" + i + " after the step");
        }
        answers.put("yhat_new", "ŷ after the step");
        answers.put("loss_new", "the error after the step");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        NetworkDraws.Drawn drawn = NetworkDraws.draw(draw, SHAPE, Activation.RELU, false, p.range("weights"), p.range("inputs"),
                p.range("targets"), NetworkCase.of(p.choice("case")));
        Real rate = draw.decimal(p.range("alpha"));
        NetworkAnswers answers = new NetworkAnswers(drawn.network(), drawn.example());
        SgdStep step = answers.step(rate);
        checkStep(step, p);
        Network network = drawn.network();
        Map<String, Solution> all = new LinkedHashMap<>();
        all.put("h1", answers.activation(0, 0));
        all.put("h2", answers.activation(0, 1));
        all.put("yhat", answers.activation(1, 0));
        all.put("loss", answers.loss());
        all.put("delta", answers.delta());
        all.put("overshoot", answers.overshoot());
        all.put("z_out", answers.preActivation(1, 0));
        all.put("gate_out", answers.gate(1, 0));
        all.put("gate_h1", answers.gate(0, 0));
        all.put("gate_h2", answers.gate(0, 1));
        List<Parameter> parameters = network.parameters();
        for (int i = 1; i <= 6; i++) {
            all.put("dE_dw" + i, answers.gradient(parameters.get(i - 1)));
        }
        for (int i = 1; i <= 6; i++) {
            all.put("w" + i + "_new", answers.update(parameters.get(i - 1), step));
        }
        all.put("yhat_new", answers.outputAfter(step));
        all.put("loss_new", answers.lossAfter(step));
        Map<String, Solution> solutions = new LinkedHashMap<>();
        offered().forEach(key -> solutions.put(key, all.get(key)));
        return new Solved(NetworkValues.of(network, drawn.example(), rate), NetworkValues.data(network, drawn.example(), rate), solutions);
    }
}
