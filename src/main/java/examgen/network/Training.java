package examgen.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.numeric.Real;

/** Gradient-descent training of a network: SGD steps, batch steps, and runs of several steps. */
public final class Training {

    private Training() {
    }

    /** @return one SGD step {@code p' = p − α·∂E/∂p} on {@code example} */
    public static SgdStep sgdStep(Network network, Example example, Real learningRate) {
        BackpropTrace trace = Backprop.run(network, example);
        Network after = network.map((p, value) -> value.subtract(learningRate.multiply(trace.gradient(p).value())));
        ForwardTrace forwardAfter = after.forward(example.inputs());
        return new SgdStep(learningRate, trace, after, forwardAfter,
                Backprop.loss(forwardAfter.outputs(), example.targets()));
    }

    /** @return SGD steps on the examples in the given order, each starting where the last ended */
    public static List<SgdStep> sgdRun(Network network, List<Example> order, Real learningRate) {
        List<SgdStep> steps = new ArrayList<>();
        Network current = network;
        for (Example example : order) {
            SgdStep step = sgdStep(current, example, learningRate);
            steps.add(step);
            current = step.after();
        }
        return steps;
    }

    /** @return one batch step: every parameter moved by {@code −α} times its mean gradient over the data set */
    public static BatchStep batchStep(Network network, List<Example> dataSet, Real learningRate) {
        if (dataSet.isEmpty()) {
            throw new IllegalArgumentException("a batch step needs at least one example");
        }
        Real count = Real.of(dataSet.size());
        List<BackpropTrace> traces = dataSet.stream().map(example -> Backprop.run(network, example)).toList();
        Map<Parameter, Real> mean = new LinkedHashMap<>();
        for (Parameter parameter : network.parameters()) {
            Real sum = traces.stream().map(t -> t.gradient(parameter).value()).reduce(Real.ZERO, Real::add);
            mean.put(parameter, sum.divide(count));
        }
        Network after = network.map((p, value) -> value.subtract(learningRate.multiply(mean.get(p))));
        return new BatchStep(learningRate, traces, mean, meanLoss(network, dataSet), after, meanLoss(after, dataSet));
    }

    /** @return batch steps in a row, each on the whole data set */
    public static List<BatchStep> batchRun(Network network, List<Example> dataSet, Real learningRate, int steps) {
        List<BatchStep> run = new ArrayList<>();
        Network current = network;
        for (int s = 0; s < steps; s++) {
            BatchStep step = batchStep(current, dataSet, learningRate);
            run.add(step);
            current = step.after();
        }
        return run;
    }

    /** @return the mean of {@code ½ Σ (y − ŷ)²} over the data set */
    public static Real meanLoss(Network network, List<Example> dataSet) {
        Real sum = Real.ZERO;
        for (Example example : dataSet) {
            sum = sum.add(Backprop.loss(network.forward(example.inputs()).outputs(), example.targets()));
        }
        return sum.divide(Real.of(dataSet.size()));
    }
}
