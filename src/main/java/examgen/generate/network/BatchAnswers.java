package examgen.generate.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import examgen.explain.NetworkSteps;
import examgen.generate.Distractor;
import examgen.generate.Mistake;
import examgen.generate.Solution;
import examgen.network.BackpropTrace;
import examgen.network.BatchStep;
import examgen.network.Example;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.Training;
import examgen.numeric.Real;

/**
 * The answers of a mini-batch step, as the notes define batch gradient descent: the error and every
 * gradient are the means over the batch's examples, and one step moves every parameter by {@code −α}
 * times its mean gradient. The worked solution gives each example's line, then the mean.
 */
final class BatchAnswers {

    private final Network network;
    private final List<NetworkAnswers> examples;
    private final BatchStep step;
    private final NetworkSteps steps = NetworkAnswers.STEPS;

    BatchAnswers(Network network, List<Example> batch, Real learningRate) {
        this.network = network;
        this.examples = batch.stream().map(example -> new NetworkAnswers(network, example)).toList();
        this.step = learningRate == null ? null : Training.batchStep(network, batch, learningRate);
    }

    /** @return the answers of example {@code k}, from 1 */
    NetworkAnswers example(int k) {
        return examples.get(k - 1);
    }

    BatchStep step() {
        return step;
    }

    private Real count() {
        return Real.of(examples.size());
    }

    private Real mean(Function<BackpropTrace, Real> each) {
        return sum(each).divide(count());
    }

    private Real sum(Function<BackpropTrace, Real> each) {
        return examples.stream().map(a -> each.apply(a.trace())).reduce(Real.ZERO, Real::add);
    }

    /** @return TeX of {@code ½(a + b)} with each value written as a factor */
    private String meanOf(Function<BackpropTrace, Real> each) {
        return "\\tfrac{1}{" + examples.size() + "}(" + examples.stream().map(a -> steps.numbers().factor(each.apply(a.trace())))
                .collect(Collectors.joining(" + ")) + ")";
    }

    private static String math(String tex) {
        return "\\(" + tex + "\\)";
    }

    /** @return the mean error {@code E = (1/m) Σ ½(y − ŷ)²} */
    Solution.Numeric loss() {
        List<String> lines = new ArrayList<>();
        for (int k = 1; k <= examples.size(); k++) {
            BackpropTrace trace = example(k).trace();
            String example = "Example " + k + ": ";
            trace.forward().layers().forEach(layer -> layer.forEach(u -> lines.add(example + steps.forward(u))));
            lines.add(example + steps.loss(trace));
        }
        Real value = mean(BackpropTrace::loss);
        lines.add("The batch's error is the mean: " + math("E = " + meanOf(BackpropTrace::loss) + steps.numbers().result(value)));
        return new Solution.Numeric(value, NetworkAnswers.RULE, lines, List.of(
                new Distractor(Mistake.WRONG_EXAMPLE, sum(BackpropTrace::loss)),
                new Distractor(Mistake.HALF_DROPPED, value.multiply(Real.of(2)))));
    }

    /** @return the mean gradient {@code ∂E/∂p = (1/m) Σ ∂E_k/∂p}, each example's worked out first */
    Solution.Numeric gradient(Parameter p) {
        List<String> lines = new ArrayList<>();
        for (int k = 1; k <= examples.size(); k++) {
            for (String line : example(k).gradient(p).steps()) {
                lines.add("Example " + k + ": " + line);
            }
        }
        Function<BackpropTrace, Real> each = trace -> trace.gradient(p).value();
        Real value = mean(each);
        lines.add("The batch's gradient is the mean: " + math(NetworkSteps.partial(network.symbol(p)) + " = " + meanOf(each)
                + steps.numbers().result(value)));
        return new Solution.Numeric(value, NetworkAnswers.RULE, lines, List.of(
                new Distractor(Mistake.WRONG_EXAMPLE, sum(each)),
                new Distractor(Mistake.WRONG_EXAMPLE, each.apply(example(1).trace())),
                new Distractor(Mistake.DELTA_REVERSED, value.negate()),
                new Distractor(Mistake.HALF_DROPPED, value.multiply(Real.of(2))),
                new Distractor(Mistake.GATE_IGNORED, examples.stream().map(a -> a.gateIgnored(p)).reduce(Real.ZERO, Real::add).divide(count()))));
    }

    /** @return {@code p' = p − α·∂E/∂p} with the batch's mean gradient */
    Solution.Numeric update(Parameter p) {
        Real before = network.value(p);
        Real rate = step.learningRate();
        Real gradient = step.meanGradient().get(p);
        Real after = step.after().value(p);
        List<String> lines = new ArrayList<>(gradient(p).steps());
        lines.add(steps.update(network.symbol(p), before, rate, gradient, after));
        Real summed = sum(trace -> trace.gradient(p).value());
        return new Solution.Numeric(after, NetworkAnswers.RULE, lines, List.of(
                new Distractor(Mistake.SIGN_FLIPPED, before.add(rate.multiply(gradient))),
                new Distractor(Mistake.NO_LEARNING_RATE, before.subtract(gradient)),
                new Distractor(Mistake.WRONG_EXAMPLE, before.subtract(rate.multiply(summed))),
                new Distractor(Mistake.HALF_DROPPED, before.subtract(rate.multiply(gradient).multiply(Real.of(2))))));
    }

    /** @return the mean error after the step, compared with the mean before */
    Solution.Numeric lossAfter() {
        List<String> lines = new ArrayList<>();
        List<Real> after = new ArrayList<>();
        for (int k = 1; k <= examples.size(); k++) {
            Example example = example(k).trace().example();
            Solution.Numeric output = example(k).outputAfter(step.after().forward(example.inputs()));
            String name = "Example " + k + ": ";
            output.steps().forEach(line -> lines.add(name + line));
            Real loss = Real.of(1, 2).multiply(example.targets().get(0).subtract(output.value()).pow(2));
            after.add(loss);
        }
        String terms = after.stream().map(steps.numbers()::factor).collect(Collectors.joining(" + "));
        int change = step.meanLossAfter().compareTo(step.meanLossBefore());
        String comparison = change < 0 ? ", less than \\(E\\): the step lowered the error"
                : change > 0 ? ", more than \\(E\\): the step raised the error" : ", the same as \\(E\\)";
        lines.add(math("E = " + meanOf(BackpropTrace::loss) + steps.numbers().result(step.meanLossBefore())) + " before the step");
        lines.add(math("E' = \\tfrac{1}{" + examples.size() + "}(" + terms + ")" + steps.numbers().result(step.meanLossAfter())) + comparison);
        return new Solution.Numeric(step.meanLossAfter(), NetworkAnswers.RULE, lines, List.of(
                new Distractor(Mistake.WRONG_EXAMPLE, after.stream().reduce(Real.ZERO, Real::add))));
    }
}
