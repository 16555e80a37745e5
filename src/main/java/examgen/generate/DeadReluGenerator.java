package examgen.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import examgen.network.Activation;
import examgen.network.Gradient;
import examgen.network.Network;
import examgen.network.UnitTrace;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 10: a 2-2-1 ReLU network drawn with a dead output or a dead hidden unit; which gradients
 * vanish, and why (the dying-ReLU problem of slide 33).
 */
final class DeadReluGenerator implements Generator {

    private static final List<Integer> SHAPE = List.of(2, 2, 1);

    @Override
    public String id() {
        return "dead-relu";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(NetworkValues.WEIGHTS, ParamSpec.range("inputs", "the range of x1 and x2", DecimalRange.of("1", "4", 0)),
                NetworkValues.TARGETS, NetworkValues.networkCase("dead-output", "dead-output", "dead-hidden"));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("z_dead", "the pre-activation of the dead unit");
        answers.put("vanishing", "which gradients are zero");
        answers.put("why", "why they are zero");
        answers.put("alive_gradient", "a gradient that does not vanish (dead-hidden only)");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        NetworkDraws.Drawn drawn = NetworkDraws.draw(draw, SHAPE, Activation.RELU, false, p.range("weights"), p.range("inputs"),
                p.range("targets"), NetworkCase.of(p.choice("case")));
        Network network = drawn.network();
        NetworkAnswers answers = new NetworkAnswers(network, drawn.example());
        UnitTrace dead = answers.trace().gates().stream().filter(u -> !u.isActive()).findFirst().orElseThrow();
        Map<String, Solution> solutions = new LinkedHashMap<>();
        solutions.put("z_dead", answers.preActivation(dead.layer(), dead.index()));
        solutions.put("vanishing", vanishing(answers));
        solutions.put("why", why(answers, dead));
        answers.trace().gradientList().stream().filter(g -> g.value().signum() != 0).findFirst()
                .ifPresent(g -> solutions.put("alive_gradient", answers.gradient(g.parameter())));
        Map<String, Object> values = NetworkValues.of(network, drawn.example(), null);
        values.put("dead", dead.unit().plain());
        values.put("dead_tex", dead.unit().tex());
        answers.trace().gradientList().stream().filter(g -> g.value().signum() != 0).findFirst()
                .ifPresent(g -> values.put("alive", g.symbol().plain()));
        return new Solved(values, NetworkValues.data(network, drawn.example(), null), solutions);
    }

    /** The right set of zero gradients among the sets a dead unit of this network could give. */
    private static Solution.Choice vanishing(NetworkAnswers answers) {
        String zero = answers.trace().gradientList().stream().filter(g -> g.value().signum() == 0)
                .map(g -> g.symbol().tex()).collect(Collectors.joining(", "));
        Set<String> candidates = new LinkedHashSet<>(List.of("w_{1}, w_{2}, w_{3}, w_{4}, w_{5}, w_{6}", "w_{1}, w_{2}, w_{5}",
                "w_{3}, w_{4}, w_{6}", "w_{5}, w_{6}", "w_{1}, w_{2}"));
        candidates.add(zero);
        List<Solution.Option> options = new ArrayList<>();
        for (String set : candidates) {
            boolean right = set.equals(zero);
            options.add(new Solution.Option("\\(" + set + "\\)", right, right ? "" : "not the set the gates close: "
                    + whyWrongSet(set)));
        }
        List<String> steps = new ArrayList<>();
        answers.trace().gates().forEach(g -> steps.add(answers.steps().gate(g)));
        for (Gradient g : answers.trace().gradientList()) {
            steps.add(answers.steps().gradient(answers.trace(), g));
        }
        return new Solution.Choice(options, steps);
    }

    private static String whyWrongSet(String set) {
        return switch (set) {
            case "w_{5}, w_{6}" -> "a dead output stops the gradient of every earlier weight too";
            case "w_{1}, w_{2}" -> "h1 = 0 also zeroes ∂E/∂w5 = Δ·h1";
            default -> "check which pre-activations are ≤ 0 and which activations are 0";
        };
    }

    private static Solution.Choice why(NetworkAnswers answers, UnitTrace dead) {
        String unit = "\\(" + dead.unit().tex() + "\\)";
        return new Solution.Choice(List.of(
                Solution.Option.right("the pre-activation of " + unit + " is \\(\\le 0\\), so its ReLU derivative is 0 and the chain rule "
                        + "multiplies every path through it by 0"),
                Solution.Option.wrong("\\(\\Delta = 0\\): the output is already right", "Δ is not 0 here; the gate, not the error, stops the gradient"),
                Solution.Option.wrong("the learning rate is too small for the gradient to show", "α scales a step; it does not make a gradient 0"),
                Solution.Option.wrong("the weights into " + unit + " are negative", "negative weights are fine; it is the sign of the whole pre-activation that counts")),
                List.of(answers.steps().gate(dead)));
    }
}
