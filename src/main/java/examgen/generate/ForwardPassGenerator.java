package examgen.generate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.network.Activation;
import examgen.random.Draw;

/** Family 5: the forward pass through the notes' 2-2-1 ReLU network or another small shape. */
final class ForwardPassGenerator implements Generator {

    @Override
    public String id() {
        return "forward-pass";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.choice("shape", "the layer widths", "2-2-1", "2-2-1", "3-2-1", "2-3-1"),
                ParamSpec.choice("output", "the output unit's activation", "relu", "relu", "sigmoid", "identity"),
                NetworkValues.BIASES, NetworkValues.WEIGHTS, NetworkValues.INPUTS, NetworkValues.TARGETS,
                NetworkValues.networkCase("all-active", "all-active", "dead-hidden", "dead-output", "any"));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("h1", "the activation of h1");
        answers.put("h2", "the activation of h2");
        answers.put("h3", "the activation of h3 (shape 2-3-1)");
        answers.put("yhat", "the output ŷ");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        List<Integer> shape = Arrays.stream(p.choice("shape").split("-")).map(Integer::valueOf).toList();
        NetworkDraws.Drawn drawn = NetworkDraws.draw(draw, shape, Activation.parse(p.choice("output")), p.flag("biases"),
                p.range("weights"), p.range("inputs"), p.range("targets"), NetworkCase.of(p.choice("case")));
        NetworkAnswers answers = new NetworkAnswers(drawn.network(), drawn.example());
        Map<String, Solution> solutions = new LinkedHashMap<>();
        for (int j = 0; j < shape.get(1); j++) {
            solutions.put("h" + (j + 1), answers.activation(0, j));
        }
        solutions.put("yhat", answers.activation(1, 0));
        return new Solved(NetworkValues.of(drawn.network(), drawn.example(), null),
                NetworkValues.data(drawn.network(), drawn.example(), null), solutions);
    }
}
