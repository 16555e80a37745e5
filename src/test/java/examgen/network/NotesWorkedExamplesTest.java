package examgen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/** Every number of the notes' Parts III–V, to the last digit. */
class NotesWorkedExamplesTest {

    private static Real r(String value) {
        return Real.parse(value);
    }

    private static Parameter w(int number) {
        return ToyNetwork.network().parameters().get(number - 1);
    }

    @Test
    void forwardPassGivesTheSlideValues() {
        ForwardTrace trace = ToyNetwork.network().forward(ToyNetwork.example().inputs());
        assertEquals(r("0.58"), trace.unit(0, 0).activation());
        assertEquals(r("0.66"), trace.unit(0, 1).activation());
        assertEquals(r("0.1802"), trace.outputs().get(0));
        assertEquals("h1", trace.unit(0, 0).unit().plain());
        assertEquals("ŷ", trace.unit(1, 0).unit().plain());
        List<UnitTrace.Term> terms = trace.unit(0, 0).terms();
        assertEquals("x1", terms.get(0).source().plain());
        assertEquals("w1", terms.get(0).weight().plain());
        assertEquals(r("0.22"), terms.get(0).value());
        assertEquals("w2", terms.get(1).weight().plain());
    }

    @Test
    void errorAndDeltaAreExact() {
        BackpropTrace trace = Backprop.run(ToyNetwork.network(), ToyNetwork.example());
        assertEquals(r("0.33603602"), trace.loss());
        assertEquals("0.336", DisplayRule.decimalPlaces(3).format(trace.loss()));
        assertEquals(r("-0.8198"), trace.outputError());
    }

    @Test
    void outputLayerGradientAndUpdate() {
        SgdStep step = Training.sgdStep(ToyNetwork.network(), ToyNetwork.example(), ToyNetwork.learningRate());
        assertEquals(r("-0.541068"), step.before().gradient(w(6)).value());
        assertEquals(r("0.2041068"), step.updated(w(6)));
        UnitTrace output = step.before().gates().get(0);
        assertEquals("ŷ", output.unit().plain());
        assertEquals(r("0.1802"), output.preActivation());
        assertTrue(output.isActive());
    }

    @Test
    void hiddenLayerGradientIsDeltaTimesPathWeightTimesInput() {
        BackpropTrace trace = Backprop.run(ToyNetwork.network(), ToyNetwork.example());
        assertEquals(r("-0.229544"), trace.gradient(w(1)).value());
        List<List<Factor>> paths = trace.paths(w(1));
        assertEquals(1, paths.size());
        List<Factor> path = paths.get(0);
        assertEquals(List.of("Δ", "ReLU′(z(ŷ))", "w5", "ReLU′(z(h1))", "x1"),
                path.stream().map(f -> f.symbol().plain()).toList());
        assertEquals(trace.gradient(w(1)).value(), BackpropTrace.product(path));
        assertEquals(r("0.1329544"),
                Training.sgdStep(ToyNetwork.network(), ToyNetwork.example(), ToyNetwork.learningRate()).updated(w(1)));
    }

    @Test
    void allSixSlide41Updates() {
        SgdStep step = Training.sgdStep(ToyNetwork.network(), ToyNetwork.example(), ToyNetwork.learningRate());
        // Δ = -0.8198; w1..w4 use Δ·w5·x or Δ·w6·x, w5 and w6 use Δ·h
        Map<Integer, String> expected = Map.of(
                1, "0.1329544", // 0.11 + 0.1·0.8198·0.14·2
                2, "0.1544316", // 0.12 + 0.1·0.8198·0.14·3
                3, "0.234594", // 0.21 + 0.1·0.8198·0.15·2
                4, "0.116891", // 0.08 + 0.1·0.8198·0.15·3
                5, "0.1875484", // 0.14 + 0.1·0.8198·0.58
                6, "0.2041068"); // 0.15 + 0.1·0.8198·0.66
        expected.forEach((number, value) -> assertEquals(r(value), step.updated(w(number)), "w" + number));
        assertTrue(step.lossAfter().compareTo(step.before().loss()) < 0);
    }

    @Test
    void negativeW5StillActive() {
        Network network = ToyNetwork.network().with(w(5), r("-0.14"));
        BackpropTrace trace = Backprop.run(network, ToyNetwork.example());
        assertEquals(r("0.0178"), trace.forward().outputs().get(0));
        assertEquals(r("-0.0812"), trace.forward().unit(1, 0).terms().get(0).value());
        assertEquals(r("0.099"), trace.forward().unit(1, 0).terms().get(1).value());
    }

    @Test
    void errorWithLabelZero() {
        BackpropTrace trace = Backprop.run(ToyNetwork.network(), Example.of(ToyNetwork.example().inputs(), Real.ZERO));
        assertEquals(r("0.01623602"), trace.loss());
        assertEquals("0.0162", DisplayRule.decimalPlaces(4).format(trace.loss()));
        assertTrue(trace.outputError().signum() > 0, "overshoot gives Δ > 0");
    }

    @Test
    void deadOutputUnitPassesNoGradient() {
        Network network = ToyNetwork.network().with(w(5), r("-1")).with(w(6), r("-1"));
        BackpropTrace trace = Backprop.run(network, ToyNetwork.example());
        UnitTrace output = trace.gates().get(0);
        assertEquals(r("-1.24"), output.preActivation());
        assertFalse(output.isActive());
        assertEquals(Real.ZERO, trace.forward().outputs().get(0));
        trace.gradientList().forEach(g -> assertEquals(Real.ZERO, g.value(), g.symbol().plain()));
    }

    @Test
    void kinkAtZeroGivesZeroGradient() {
        // x1·w3 + x2·w4 = 2·0.12 + 3·(-0.08) = 0 exactly: ReLU′(0) = 0 under the strict > 0 of slide 41
        Network network = ToyNetwork.network().with(w(3), r("0.12")).with(w(4), r("-0.08"));
        BackpropTrace trace = Backprop.run(network, ToyNetwork.example());
        assertEquals(Real.ZERO, trace.forward().unit(0, 1).preActivation());
        assertEquals(Real.ZERO, trace.gradient(w(3)).value());
        assertEquals(Real.ZERO, trace.gradient(w(4)).value());
        assertEquals(Real.ZERO, trace.gradient(w(6)).value(), "h2 = 0, so w6 sees nothing");
    }
}
