package examgen.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.numeric.Real;

/**
 * One batch-gradient-descent step: the gradient is the average of the per-example gradients, and
 * every parameter moves once by {@code −α} times that average. The loss is the mean per-example
 * loss, so that the averaged gradient is its gradient.
 */
public record BatchStep(Real learningRate, List<BackpropTrace> perExample, Map<Parameter, Real> meanGradient,
        Real meanLossBefore, Network after, Real meanLossAfter) {

    public BatchStep {
        perExample = List.copyOf(perExample);
        meanGradient = Collections.unmodifiableMap(new LinkedHashMap<>(meanGradient));
    }
}
