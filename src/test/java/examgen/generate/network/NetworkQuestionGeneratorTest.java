package examgen.generate.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import examgen.generate.ParameterProblem;
import examgen.generate.Parameters;
import examgen.generate.Reject;
import examgen.generate.Solution;
import examgen.generate.Solved;
import examgen.network.Backprop;
import examgen.network.Example;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.Training;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;
import examgen.random.ValueSource;

/** The network question kind against the notes' numbers, its conditions, and independent recomputation. */
class NetworkQuestionGeneratorTest {

    private final NetworkQuestionGenerator generator = new NetworkQuestionGenerator();

    private static ValueSource fixed(String... numbers) {
        return new ValueSource.Fixed(Arrays.stream(numbers).map(Real::parse).toList());
    }

    /** The notes' toy network: w1 … w6 = 0.11, 0.12, 0.21, 0.08, 0.14, 0.15; x = (2, 3); y = 1; α = 0.1. */
    private Parameters toy(String w5, String w6, String y, String... conditions) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("weights", fixed("0.11", "0.12", "0.21", "0.08", w5, w6));
        given.put("inputs", fixed("2", "3"));
        given.put("targets", fixed(y));
        given.put("alpha", fixed("0.1"));
        given.put("conditions", List.of(conditions));
        return new Parameters(generator.parameters(), given);
    }

    private static Real value(Solved solved, String key) {
        return ((Solution.Numeric) solved.solutions().get(key)).value();
    }

    private Solved slide41(Parameters p) {
        Set<String> asked = new LinkedHashSet<>(List.of("h1", "h2", "yhat", "loss", "delta"));
        for (int i = 1; i <= 6; i++) {
            asked.add("dE_dw" + i);
            asked.add("w" + i + "_new");
        }
        return generator.generate(p, new Draw(1), asked);
    }

    @Test
    void theSlide41TableOfTheToyNetworkIsTheNotesToTheLastDigit() {
        Solved solved = slide41(toy("0.14", "0.15", "1", "all-active"));
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("h1", "0.58");
        notes.put("h2", "0.66");
        notes.put("yhat", "0.1802");
        notes.put("loss", "0.33603602");
        notes.put("delta", "-0.8198");
        notes.put("dE_dw1", "-0.229544"); // Δ·w5·x1
        notes.put("dE_dw2", "-0.344316"); // Δ·w5·x2
        notes.put("dE_dw3", "-0.24594"); // Δ·w6·x1
        notes.put("dE_dw4", "-0.36891"); // Δ·w6·x2
        notes.put("dE_dw5", "-0.475484"); // Δ·h1
        notes.put("dE_dw6", "-0.541068"); // Δ·h2 ≈ -0.5411
        notes.put("w1_new", "0.1329544"); // ≈ 0.1330
        notes.put("w2_new", "0.1544316");
        notes.put("w3_new", "0.234594");
        notes.put("w4_new", "0.116891");
        notes.put("w5_new", "0.1875484");
        notes.put("w6_new", "0.2041068"); // ≈ 0.2041
        notes.forEach((key, expected) -> assertEquals(Real.parse(expected), value(solved, key), key));
        assertEquals("0.2041", NetworkAnswers.RULE.format(value(solved, "w6_new")));
        assertEquals("0.1330", NetworkAnswers.RULE.format(value(solved, "w1_new")));
    }

    @Test
    void theNotesSelfTestsComeOutAsTheNotesSay() {
        assertEquals(Real.parse("0.0178"), value(generator.generate(toy("-0.14", "0.15", "1", "any"), new Draw(1), Set.of("yhat")), "yhat"));
        assertEquals(Real.parse("0.01623602"), value(generator.generate(toy("0.14", "0.15", "0", "any"), new Draw(1), Set.of("loss")), "loss"));
        Solved dead = generator.generate(toy("-1", "-1", "1", "output-inactive"), new Draw(1), Set.of("z_yhat", "dE_dw6", "zero_gradients"));
        assertEquals(Real.parse("-1.24"), value(dead, "z_yhat"));
        assertEquals(Real.ZERO, value(dead, "dE_dw6"));
        Solution.Choice zero = (Solution.Choice) dead.solutions().get("zero_gradients");
        assertTrue(zero.options().stream().filter(Solution.Option::correct).findFirst().orElseThrow().markup()
                .contains("w_{1}, w_{2}, w_{3}, w_{4}, w_{5}, w_{6}"), "a dead output stops every gradient");
    }

    @Test
    void aConditionTheFixedNumbersBreakIsRejectedNamingTheConditions() {
        Reject reject = assertThrows(Reject.class, () -> generator.generate(toy("0.14", "0.15", "1", "dead h1"), new Draw(1), Set.of("h1")));
        assertEquals("conditions", reject.parameter());
    }

    @Test
    void theKinkIsMadeExactlyAndItsGradientIsZeroByTheNotesConvention() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("inputs", fixed("2", "3"));
        given.put("conditions", List.of("all-active", "kink h2"));
        Parameters p = new Parameters(generator.parameters(), given);
        int made = 0;
        for (long seed = 1; seed <= 200; seed++) {
            try {
                Solved solved = generator.generate(p, new Draw(seed), Set.of("z_h2", "dE_dw3", "dE_dw4"));
                assertEquals(0, value(solved, "z_h2").signum());
                assertEquals(Real.ZERO, value(solved, "dE_dw3"));
                assertEquals(Real.ZERO, value(solved, "dE_dw4"));
                made++;
            } catch (Reject reject) {
                assertEquals("conditions", reject.parameter());
            }
        }
        assertTrue(made > 20, "a kink without biases is made from the last weight often enough: " + made);
    }

    @Test
    void aQuantityThatDoesNotExistIsNotOfferedAndShapesBeyondTheLimitsAreRefused() {
        Map<String, String> offered = generator.answers(toy("0.14", "0.15", "1", "all-active"));
        assertTrue(offered.containsKey("dE_dw6"));
        assertFalse(offered.containsKey("dE_dw9"));
        assertFalse(offered.containsKey("dE_db1"), "the toy network has no biases");
        assertFalse(offered.containsKey("zero_gradients"), "no unit is asked to be dead");
        for (String shape : List.of("5-2-1", "2-2-2", "2-2-2-2-2-1", "4-4-4-4-1", "2-x-1")) {
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("shape", shape);
            List<ParameterProblem> problems = generator.check(new Parameters(generator.parameters(), given));
            assertEquals("shape", problems.get(0).parameter(), shape + ": " + problems);
        }
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("activations", List.of("relu", "sigmoid"));
        given.put("conditions", List.of("dead yhat"));
        List<ParameterProblem> problems = generator.check(new Parameters(generator.parameters(), given));
        assertEquals(List.of("conditions"), problems.stream().map(ParameterProblem::parameter).toList());
        assertTrue(problems.get(0).message().contains("not a ReLU unit"), problems.get(0).message());
    }

    /** The done-when question: ∂E/∂b of a first-layer unit, an updated output weight and E′ of a 3-3-2-1 tanh/sigmoid network. */
    @Test
    void aDeepTanhNetworksAnswersRecomputeByFiniteDifferencesOverManySeeds() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("shape", "3-3-2-1");
        given.put("activations", List.of("tanh", "tanh", "sigmoid"));
        given.put("biases", List.of("true"));
        given.put("weights", new ValueSource.Drawn(DecimalRange.of("-0.9", "0.9", 1)));
        given.put("inputs", new ValueSource.Drawn(DecimalRange.of("-2", "2", 0)));
        given.put("conditions", List.of("descends"));
        Parameters p = new Parameters(generator.parameters(), given);
        assertTrue(generator.check(p).isEmpty(), generator.check(p).toString());
        Real h = Real.parse("1e-20");
        int solved = 0;
        for (long seed = 1; seed <= 400 && solved < 40; seed++) {
            Solved s;
            try {
                s = generator.generate(p, new Draw(seed), Set.of("dE_db1", "w16_new", "loss_new"));
            } catch (Reject reject) {
                continue;
            }
            Network network = (Network) s.data().get("network");
            @SuppressWarnings("unchecked")
            Example example = new Example((List<Real>) s.data().get("input"), (List<Real>) s.data().get("target"));
            Real rate = (Real) s.data().get("learningRate");
            Parameter b1 = Parameter.bias(0, 0);
            Parameter w16 = Parameter.weight(2, 0, 0);
            assertEquals("b1", network.symbol(b1).plain());
            assertEquals("w16", network.symbol(w16).plain());
            assertClose(difference(network, example, b1, h), value(s, "dE_db1"), "dE_db1");
            Real gradient16 = difference(network, example, w16, h);
            assertClose(network.value(w16).subtract(rate.multiply(gradient16)), value(s, "w16_new"), "w16_new");
            Network after = network.map((q, v) -> v.subtract(rate.multiply(difference(network, example, q, h))));
            assertClose(Backprop.loss(after.forward(example.inputs()).outputs(), example.targets()), value(s, "loss_new"), "loss_new");
            assertTrue(value(s, "loss_new").compareTo(Backprop.run(network, example).loss()) < 0, "descends");
            solved++;
        }
        assertEquals(40, solved, "forty variants within 400 draws");
    }

    /** A mini-batch of the toy network's example and another: the batch's answers are the means, recomputed by finite differences. */
    @Test
    void aMiniBatchsErrorGradientsAndStepAreTheMeansOverItsExamples() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("weights", fixed("0.11", "0.12", "0.21", "0.08", "0.14", "0.15"));
        given.put("inputs", fixed("2", "3", "1", "4"));
        given.put("targets", fixed("1", "0.5"));
        given.put("alpha", fixed("0.1"));
        given.put("examples", 2);
        Parameters p = new Parameters(generator.parameters(), given);
        assertTrue(generator.check(p).isEmpty(), generator.check(p).toString());
        Map<String, String> offered = generator.answers(p);
        assertTrue(offered.keySet().containsAll(List.of("dE_dw5", "dE_dw5_ex2", "yhat_ex1", "loss", "loss_ex2", "w5_new", "loss_new")));
        assertFalse(offered.containsKey("yhat"), "a unit's value is asked of one example of a batch");
        Solved s = generator.generate(p, new Draw(1), Set.of("yhat_ex1", "dE_dw6_ex1", "loss", "dE_dw1", "dE_dw6", "w6_new", "loss_new"));
        assertEquals(Real.parse("0.1802"), value(s, "yhat_ex1"));
        assertEquals(Real.parse("-0.541068"), value(s, "dE_dw6_ex1"), "example 1 alone is the notes' example");
        Network network = (Network) s.data().get("network");
        List<Example> batch = List.of(Example.of(List.of(Real.of(2), Real.of(3)), Real.ONE), Example.of(List.of(Real.ONE, Real.of(4)), Real.parse("0.5")));
        Real h = Real.parse("1e-20");
        for (String w : List.of("w1", "w6")) {
            Parameter parameter = network.parameters().stream().filter(q -> network.symbol(q).plain().equals(w)).findFirst().orElseThrow();
            Real difference = meanLoss(network.with(parameter, network.value(parameter).add(h)), batch)
                    .subtract(meanLoss(network.with(parameter, network.value(parameter).subtract(h)), batch)).divide(h.multiply(Real.of(2)));
            assertClose(difference, value(s, "dE_d" + w), "dE_d" + w);
        }
        assertEquals(meanLoss(network, batch), value(s, "loss"));
        Real w6 = Real.parse("0.15").subtract(Real.parse("0.1").multiply(value(s, "dE_dw6")));
        assertEquals(w6, value(s, "w6_new"));
        assertEquals(Training.batchStep(network, batch, Real.parse("0.1")).meanLossAfter(), value(s, "loss_new"));
    }

    private static Real meanLoss(Network network, List<Example> batch) {
        return batch.stream().map(e -> Backprop.run(network, e).loss()).reduce(Real.ZERO, Real::add).divide(Real.of(batch.size()));
    }

    private static Real difference(Network network, Example example, Parameter p, Real h) {
        Real up = Backprop.run(network.with(p, network.value(p).add(h)), example).loss();
        Real down = Backprop.run(network.with(p, network.value(p).subtract(h)), example).loss();
        return up.subtract(down).divide(h.multiply(Real.of(2)));
    }

    private static void assertClose(Real expected, Real actual, String what) {
        assertTrue(expected.subtract(actual).abs().compareTo(Real.parse("1e-25")) < 0, what + ": " + expected + " against " + actual);
    }
}
