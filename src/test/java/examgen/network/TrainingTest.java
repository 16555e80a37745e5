package examgen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import examgen.numeric.Real;

class TrainingTest {

    private static Real r(String value) {
        return Real.parse(value);
    }

    /** ŷ = w·x, one weight, no activation: the smallest model of the batch-versus-SGD question. */
    private static final Network LINE = Network.of(List.of(1, 1), List.of(Activation.IDENTITY), List.of(r("0.5")), Optional.empty());
    private static final List<Example> DATA = List.of(Example.of(List.of(r("1")), r("2")), Example.of(List.of(r("2")), r("3")));
    private static final Parameter W = LINE.parameters().get(0);

    @Test
    void batchStepAveragesThePerExampleGradients() {
        // ∂E/∂w = Δ·x: (0.5 − 2)·1 = -1.5 and (1 − 3)·2 = -4, mean -2.75; w' = 0.5 + 0.1·2.75
        BatchStep step = Training.batchStep(LINE, DATA, r("0.1"));
        assertEquals(r("-1.5"), step.perExample().get(0).gradient(W).value());
        assertEquals(r("-4"), step.perExample().get(1).gradient(W).value());
        assertEquals(r("-2.75"), step.meanGradient().get(W));
        assertEquals(r("0.775"), step.after().value(W));
        // mean loss before: (½·1.5² + ½·2²)/2 = 1.5625
        assertEquals(r("1.5625"), step.meanLossBefore());
        assertTrue(step.meanLossAfter().compareTo(step.meanLossBefore()) < 0);
    }

    @Test
    void sgdStepUsesOnlyTheNamedExample() {
        SgdStep second = Training.sgdStep(LINE, DATA.get(1), r("0.1"));
        assertEquals(r("0.9"), second.after().value(W));
        List<SgdStep> run = Training.sgdRun(LINE, DATA, r("0.1"));
        assertEquals(r("0.65"), run.get(0).after().value(W));
        // second step from w = 0.65: Δ = 1.3 − 3 = -1.7, gradient -3.4, w = 0.65 + 0.34
        assertEquals(r("0.99"), run.get(1).after().value(W));
    }

    @Test
    void batchGradientIsTheGradientOfTheMeanLoss() {
        Network toy = ToyNetwork.network();
        List<Example> data = List.of(ToyNetwork.example(), Example.of(List.of(r("1"), r("-0.5")), r("0.2")));
        BatchStep step = Training.batchStep(toy, data, r("0.1"));
        Real h = r("0.00001");
        for (Parameter p : toy.parameters()) {
            Real up = Training.meanLoss(toy.with(p, toy.value(p).add(h)), data);
            Real down = Training.meanLoss(toy.with(p, toy.value(p).subtract(h)), data);
            assertEquals(up.subtract(down).divide(h.multiply(Real.of(2))), step.meanGradient().get(p), toy.symbol(p).plain());
        }
    }

    @Test
    void batchRunsLowerTheLossStepByStep() {
        List<BatchStep> run = Training.batchRun(LINE, DATA, r("0.1"), 5);
        for (int s = 1; s < run.size(); s++) {
            assertEquals(run.get(s - 1).meanLossAfter(), run.get(s).meanLossBefore());
            assertTrue(run.get(s).meanLossAfter().compareTo(run.get(s).meanLossBefore()) < 0);
        }
    }
}
