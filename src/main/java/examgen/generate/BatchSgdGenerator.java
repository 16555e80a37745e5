package examgen.generate;

import static examgen.generate.Lines.f;
import static examgen.generate.Lines.is;
import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import examgen.network.Activation;
import examgen.network.BackpropTrace;
import examgen.network.BatchStep;
import examgen.network.Example;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.SgdStep;
import examgen.network.Training;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 4: batch versus stochastic gradient descent on the linear model {@code ŷ = w·x} and a
 * tiny data set: the batch gradient (the mean of the per-example gradients) and step, beside the
 * SGD step on one named example.
 */
final class BatchSgdGenerator implements Generator {

    private static final DisplayRule RULE = DisplayRule.decimalPlaces(4);

    @Override
    public String id() {
        return "batch-vs-sgd";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.integer("examples", "the size of the data set", 3, 2, 5),
                ParamSpec.range("inputs", "the range of every x", DecimalRange.of("-3", "3", 0)),
                ParamSpec.range("targets", "the range of every y", DecimalRange.of("-2", "2", 1)),
                ParamSpec.range("weight", "the range of the starting w", DecimalRange.of("-1", "1", 1)),
                ParamSpec.range("alpha", "the range of the learning rate α", DecimalRange.of("0.01", "0.1", 2)));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("batch_gradient", "the batch gradient: the mean of ∂E_i/∂w");
        answers.put("batch_w", "w after one batch step");
        answers.put("sgd_gradient", "∂E_k/∂w on the named example");
        answers.put("sgd_w", "w after one SGD step on the named example");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        int count = p.integer("examples");
        List<Example> data = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            data.add(Example.of(List.of(draw.decimal(p.range("inputs"))), draw.decimal(p.range("targets").allowingZero())));
        }
        if (data.stream().map(e -> e.inputs().get(0)).distinct().count() < count) {
            throw new Reject("the examples' inputs must differ");
        }
        Network model = Network.of(List.of(1, 1), List.of(Activation.IDENTITY), List.of(draw.decimal(p.range("weight"))), Optional.empty());
        Real alpha = draw.decimal(p.range("alpha"));
        int named = draw.integer(1, count);
        Parameter w = model.parameters().get(0);
        BatchStep batch = Training.batchStep(model, data, alpha);
        SgdStep sgd = Training.sgdStep(model, data.get(named - 1), alpha);
        Real mean = batch.meanGradient().get(w);
        Real sgdGradient = sgd.before().gradient(w).value();
        if (mean.signum() == 0 || sgdGradient.signum() == 0 || mean.equals(sgdGradient)) {
            throw new Reject("the batch and SGD gradients must be non-zero and differ");
        }
        Real weight = model.value(w);
        List<String> perExample = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BackpropTrace t = batch.perExample().get(i);
            Real x = data.get(i).inputs().get(0);
            perExample.add(math("\\frac{\\partial E_{" + (i + 1) + "}}{\\partial w} = (\\hat{y}_{" + (i + 1) + "} - y_{" + (i + 1) + "}) \\cdot x_{"
                    + (i + 1) + "} = (" + n(weight) + " \\cdot " + f(x) + " - " + f(data.get(i).targets().get(0)) + ") \\cdot " + f(x)
                    + is(t.gradient(w).value())));
        }
        List<String> batchLines = new ArrayList<>(perExample);
        String sum = batch.perExample().stream().map(t -> f(t.gradient(w).value())).collect(Collectors.joining(" + "));
        batchLines.add(math("\\frac{1}{" + count + "}(" + sum + ")" + is(mean)));
        Real sumValue = mean.multiply(Real.of(count));
        Map<String, Solution> solutions = new LinkedHashMap<>();
        solutions.put("batch_gradient", new Solution.Numeric(mean, RULE, batchLines, List.of(
                new Distractor(Mistake.WRONG_EXAMPLE, sumValue), new Distractor(Mistake.DELTA_REVERSED, mean.negate()),
                new Distractor(Mistake.HALF_DROPPED, mean.multiply(Real.of(2))))));
        List<String> batchStep = new ArrayList<>(batchLines);
        batchStep.add(math("w' = w - \\alpha \\cdot " + f(mean) + " = " + n(weight) + " - " + f(alpha) + " \\cdot " + f(mean)
                + is(batch.after().value(w))));
        solutions.put("batch_w", new Solution.Numeric(batch.after().value(w), RULE, batchStep, List.of(
                new Distractor(Mistake.SIGN_FLIPPED, weight.add(alpha.multiply(mean))),
                new Distractor(Mistake.WRONG_EXAMPLE, weight.subtract(alpha.multiply(sumValue))),
                new Distractor(Mistake.WRONG_EXAMPLE, sgd.after().value(w)))));
        List<String> sgdLines = new ArrayList<>(List.of(perExample.get(named - 1)));
        solutions.put("sgd_gradient", new Solution.Numeric(sgdGradient, RULE, sgdLines, List.of(
                new Distractor(Mistake.WRONG_EXAMPLE, mean), new Distractor(Mistake.DELTA_REVERSED, sgdGradient.negate()))));
        List<String> sgdStep = new ArrayList<>(sgdLines);
        sgdStep.add(math("w' = w - \\alpha \\cdot " + f(sgdGradient) + " = " + n(weight) + " - " + f(alpha) + " \\cdot " + f(sgdGradient)
                + is(sgd.after().value(w))));
        solutions.put("sgd_w", new Solution.Numeric(sgd.after().value(w), RULE, sgdStep, List.of(
                new Distractor(Mistake.SIGN_FLIPPED, weight.add(alpha.multiply(sgdGradient))),
                new Distractor(Mistake.WRONG_EXAMPLE, batch.after().value(w)))));
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            values.put("x" + (i + 1), data.get(i).inputs().get(0));
            values.put("y" + (i + 1), data.get(i).targets().get(0));
        }
        values.put("w", weight);
        values.put("alpha", alpha);
        values.put("k", named);
        values.put("n", count);
        values.put("xs", data.stream().map(e -> e.inputs().get(0)).toList());
        values.put("ys", data.stream().map(e -> e.targets().get(0)).toList());
        Map<String, Object> exported = new LinkedHashMap<>();
        exported.put("network", model);
        List<Map<String, Object>> dataSet = new ArrayList<>();
        for (Example example : data) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("x", example.inputs());
            row.put("y", example.targets());
            dataSet.add(row);
        }
        exported.put("dataSet", dataSet);
        exported.put("learningRate", alpha);
        exported.put("namedExample", named);
        return new Solved(values, exported, solutions);
    }
}
