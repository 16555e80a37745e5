package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import examgen.bank.Bank;
import examgen.generate.Distractor;
import examgen.generate.Mistake;
import examgen.network.Activation;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.numeric.Functions;
import examgen.numeric.Real;

/**
 * Every family's answers recomputed, over many seeds, from the variant's own printed values by a
 * path independent of the engine: plain formulas written out here, and for the network gradients
 * central finite differences of the loss (exact, since the draws keep every pre-activation far
 * from the ReLU kink compared with the step).
 */
class FamilyRecomputationTest {

    private static final Bank BANK = Bank.load(Path.of("question-bank"));
    private static final VariantFactory FACTORY = new VariantFactory();
    private static final int SEEDS = 150;
    private static final Real HALF = Real.of(1, 2);
    private static final Real CLOSE = Real.parse("1e-40");

    private static void forEachVariant(String question, Consumer<Variant> check) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            check.accept(FACTORY.generate(BANK.expectQuestion(question), seed));
        }
    }

    private static Real v(Variant variant, String name) {
        Object value = variant.values().get(name);
        return value instanceof Real real ? real : Real.parse(String.valueOf(value));
    }

    private static Part part(Variant variant, String key) {
        return variant.parts().stream().filter(p -> p.answerKey().equals(key)).findFirst().orElseThrow();
    }

    /** @return a numeric part's exact answer, or the value of the right option when it is asked as multiple choice */
    private static Real number(Variant variant, String key) {
        Answer answer = part(variant, key).answer();
        if (answer instanceof Answer.Choice choice) {
            return choice.options().stream().filter(Option::correct).findFirst().orElseThrow().value().orElseThrow();
        }
        return ((Answer.Numeric) answer).value();
    }

    /** @return the modelled wrong answers a numeric part's key names */
    private static List<Distractor> mistakes(Variant variant, String key) {
        return ((Answer.Numeric) part(variant, key).answer()).mistakes();
    }

    /**
     * Asserts that the only wrong answer a part's key names, if it names one (one printed like the right answer is
     * left out), is the one given.
     *
     * @return how many it names
     */
    private static int assertOnlyMistake(Variant variant, String key, Mistake mistake, Real value) {
        List<Distractor> named = mistakes(variant, key);
        named.forEach(d -> assertEquals(new Distractor(mistake, value), d, key + ", seed " + variant.seed()));
        return named.size();
    }

    private static String rightOption(Variant variant, String key) {
        return ((Answer.Choice) part(variant, key).answer()).options().stream().filter(Option::correct).findFirst().orElseThrow().markup();
    }

    private static void assertClose(Real expected, Real actual, String where) {
        assertTrue(expected.subtract(actual).abs().compareTo(CLOSE) < 0, where + ": expected " + expected + ", got " + actual);
    }

    private static Real relu(Real z) {
        return z.signum() > 0 ? z : Real.ZERO;
    }

    /** The notes' toy network written out by hand: returns h1, h2, z(ŷ), ŷ, E. */
    private static Real[] toy(Real[] w, Real x1, Real x2, Real y) {
        Real h1 = relu(x1.multiply(w[1]).add(x2.multiply(w[2])));
        Real h2 = relu(x1.multiply(w[3]).add(x2.multiply(w[4])));
        Real z = h1.multiply(w[5]).add(h2.multiply(w[6]));
        Real yHat = relu(z);
        return new Real[] {h1, h2, z, yHat, HALF.multiply(y.subtract(yHat).pow(2))};
    }

    private static Real[] weights(Variant variant) {
        Real[] w = new Real[7];
        for (int i = 1; i <= 6; i++) {
            w[i] = v(variant, "w" + i);
        }
        return w;
    }

    /** @return ∂E/∂w1 … ∂E/∂w6 of the toy network by central differences (exact away from the kinks: E is quadratic in each weight) */
    private static Real[] gradient(Real[] w, Real x1, Real x2, Real y) {
        Real h = Real.parse("1e-6");
        Real[] gradient = new Real[7];
        for (int i = 1; i <= 6; i++) {
            Real[] up = w.clone();
            Real[] down = w.clone();
            up[i] = w[i].add(h);
            down[i] = w[i].subtract(h);
            gradient[i] = toy(up, x1, x2, y)[4].subtract(toy(down, x1, x2, y)[4]).divide(h.multiply(Real.of(2)));
        }
        return gradient;
    }

    /** @return the weights after one SGD step at the variant's rate */
    private static Real[] stepped(Variant variant, Real[] w, Real[] gradient) {
        Real[] after = w.clone();
        for (int i = 1; i <= 6; i++) {
            after[i] = w[i].subtract(v(variant, "alpha").multiply(gradient[i]));
        }
        return after;
    }

    private static void checkToy(Variant variant) {
        String where = variant.questionId() + " seed " + variant.seed();
        Real[] w = weights(variant);
        Real x1 = v(variant, "x1");
        Real x2 = v(variant, "x2");
        Real y = variant.values().containsKey("y") ? v(variant, "y") : Real.ZERO;
        Real[] forward = toy(w, x1, x2, y);
        Real[] gradient = gradient(w, x1, x2, y);
        for (Part part : variant.parts()) {
            String key = part.answerKey();
            switch (key) {
                case "h1" -> assertEquals(forward[0], number(variant, key), where);
                case "h2" -> assertEquals(forward[1], number(variant, key), where);
                case "z_out" -> assertEquals(forward[2], number(variant, key), where);
                case "yhat" -> assertEquals(forward[3], number(variant, key), where);
                case "loss" -> assertEquals(forward[4], number(variant, key), where);
                case "delta" -> assertEquals(forward[3].subtract(y), number(variant, key), where);
                case "gate_out" -> assertTrue(rightOption(variant, key).contains(forward[2].signum() > 0 ? "is active" : "is inactive"), where);
                case "gate_h1" -> assertTrue(rightOption(variant, key).contains(forward[0].signum() > 0 ? "is active" : "is inactive"), where);
                case "overshoot" -> assertTrue(rightOption(variant, key).contains(forward[3].compareTo(y) > 0 ? "overshot" : "undershot"), where);
                case "yhat_new", "loss_new" -> {
                    Real[] next = toy(stepped(variant, w, gradient), x1, x2, y);
                    assertEquals(key.equals("yhat_new") ? next[3] : next[4], number(variant, key), where);
                    if (key.equals("loss_new")) {
                        // the part asks to compare the error with the one before the step
                        List<String> steps = part(variant, key).steps();
                        int change = next[4].compareTo(forward[4]);
                        assertTrue(steps.get(steps.size() - 1).endsWith(change < 0 ? "lowered the error" : change > 0 ? "raised the error"
                                : "the same as \\(E\\)"), where + ": " + steps);
                    }
                }
                default -> {
                    if (key.startsWith("dE_dw")) {
                        assertEquals(gradient[key.charAt(5) - '0'], number(variant, key), where + " " + key);
                    } else if (key.endsWith("_new")) {
                        int i = key.charAt(1) - '0';
                        assertEquals(w[i].subtract(v(variant, "alpha").multiply(gradient[i])), number(variant, key), where + " " + key);
                    }
                }
            }
        }
    }

    @Test
    void networkFamiliesMatchHandFormulasAndFiniteDifferences() {
        for (String question : List.of("forward-pass-toy", "loss-delta", "backprop-output", "backprop-hidden", "sgd-step")) {
            forEachVariant(question, variant -> {
                checkToy(variant);
                Real[] forward = toy(weights(variant), v(variant, "x1"), v(variant, "x2"), Real.ZERO);
                assertTrue(forward[0].signum() > 0 && forward[1].signum() > 0 && forward[2].signum() > 0,
                        question + " seed " + variant.seed() + ": case all-active does not hold");
            });
        }
    }

    @Test
    void theSgdStepOfTheBankDescendsWithEveryUnitStillOn() {
        forEachVariant("sgd-step", variant -> {
            Real[] w = weights(variant);
            Real x1 = v(variant, "x1");
            Real x2 = v(variant, "x2");
            Real y = v(variant, "y");
            Real[] next = toy(stepped(variant, w, gradient(w, x1, x2, y)), x1, x2, y);
            String where = "seed " + variant.seed();
            // h1 and h2 are ReLU's outputs, above 0 exactly when their units are on
            assertTrue(next[0].signum() > 0 && next[1].signum() > 0 && next[2].signum() > 0, where + ": a unit is off after the step");
            assertTrue(next[4].compareTo(toy(w, x1, x2, y)[4]) < 0, where + ": the error did not fall");
        });
    }

    @Test
    void deadReluHasItsDeadUnitAndZeroGradients() {
        forEachVariant("dead-relu", variant -> {
            Real[] w = weights(variant);
            Real x1 = v(variant, "x1");
            Real x2 = v(variant, "x2");
            Real z1 = x1.multiply(w[1]).add(x2.multiply(w[2]));
            Real z2 = x1.multiply(w[3]).add(x2.multiply(w[4]));
            assertTrue(z2.signum() < 0, "h2 is dead, as the question's condition says: seed " + variant.seed());
            assertTrue(z1.signum() > 0, "the other hidden unit is alive");
            assertEquals(z2, number(variant, "z_h2"));
            assertEquals("\\(w_{3}, w_{4}, w_{6}\\)", rightOption(variant, "zero_gradients"), "seed " + variant.seed());
        });
    }

    /** The network a question prints: weights {@code w1, w2, …} and biases {@code b1, …} read back from its values. */
    private static Network printedNetwork(Variant variant, List<Integer> widths, List<Activation> activations, boolean biases) {
        List<Real> w = new ArrayList<>();
        for (int i = 1; i <= Network.weightCount(widths); i++) {
            w.add(v(variant, "w" + i));
        }
        List<Real> b = new ArrayList<>();
        for (int i = 1; biases && variant.values().containsKey("b" + i); i++) {
            b.add(v(variant, "b" + i));
        }
        return Network.of(widths, activations, w, biases ? Optional.of(b) : Optional.empty());
    }

    /** ½ Σ (y − ŷ)² over the examples, divided by their number: forward passes only, no backpropagation. */
    private static Real meanLoss(Network network, List<List<Real>> inputs, List<Real> targets) {
        Real sum = Real.ZERO;
        for (int k = 0; k < inputs.size(); k++) {
            sum = sum.add(HALF.multiply(targets.get(k).subtract(network.forward(inputs.get(k)).outputs().get(0)).pow(2)));
        }
        return sum.divide(Real.of(inputs.size()));
    }

    /** @return the central difference of the mean loss in one parameter */
    private static Real difference(Network network, Parameter p, List<List<Real>> inputs, List<Real> targets) {
        Real h = Real.parse("1e-20");
        return meanLoss(network.with(p, network.value(p).add(h)), inputs, targets)
                .subtract(meanLoss(network.with(p, network.value(p).subtract(h)), inputs, targets)).divide(h.multiply(Real.of(2)));
    }

    private static void assertNear(Real expected, Real actual, String where) {
        assertTrue(expected.subtract(actual).abs().compareTo(Real.parse("1e-25")) < 0, where + ": expected " + expected + ", got " + actual);
    }

    @Test
    void theDeepTanhQuestionRecomputesFromItsPrintedNumbersByFiniteDifferences() {
        for (long seed = 1; seed <= 40; seed++) {
            Variant variant = FACTORY.generate(BANK.expectQuestion("backprop-deep"), seed);
            Network network = printedNetwork(variant, List.of(3, 3, 2, 1), List.of(Activation.TANH, Activation.TANH, Activation.SIGMOID), true);
            List<List<Real>> x = List.of(List.of(v(variant, "x1"), v(variant, "x2"), v(variant, "x3")));
            List<Real> y = List.of(v(variant, "y"));
            Real alpha = v(variant, "alpha");
            assertNear(difference(network, Parameter.bias(0, 0), x, y), number(variant, "dE_db1"), "dE_db1, seed " + seed);
            Network after = network.map((p, value) -> value.subtract(alpha.multiply(difference(network, p, x, y))));
            assertNear(after.value(Parameter.weight(2, 0, 0)), number(variant, "w16_new"), "w16_new, seed " + seed);
            assertNear(meanLoss(after, x, y), number(variant, "loss_new"), "loss_new, seed " + seed);
            assertTrue(number(variant, "loss_new").compareTo(meanLoss(network, x, y)) < 0, "the step descends, seed " + seed);
        }
    }

    @Test
    void theMiniBatchQuestionRecomputesFromItsPrintedNumbersByFiniteDifferences() {
        forEachVariant("minibatch-step", variant -> {
            Network network = printedNetwork(variant, List.of(2, 2, 1), List.of(Activation.RELU, Activation.RELU), false);
            List<List<Real>> x = List.of(List.of(v(variant, "x1_1"), v(variant, "x2_1")), List.of(v(variant, "x1_2"), v(variant, "x2_2")));
            List<Real> y = List.of(v(variant, "y_1"), v(variant, "y_2"));
            Real alpha = v(variant, "alpha");
            Parameter w5 = Parameter.weight(1, 0, 0);
            String where = "seed " + variant.seed();
            assertNear(difference(network, w5, x.subList(0, 1), y.subList(0, 1)), number(variant, "dE_dw5_ex1"), "dE_dw5_ex1, " + where);
            Real meanGradient = difference(network, w5, x, y);
            assertNear(meanGradient, number(variant, "dE_dw5"), "dE_dw5, " + where);
            assertNear(network.value(w5).subtract(alpha.multiply(meanGradient)), number(variant, "w5_new"), "w5_new, " + where);
            Network after = network.map((p, value) -> value.subtract(alpha.multiply(difference(network, p, x, y))));
            assertNear(meanLoss(after, x, y), number(variant, "loss_new"), "loss_new, " + where);
        });
    }

    @Test
    void forwardPassWithBiasesAndSigmoidOutput() {
        forEachVariant("forward-pass-3-2-1", variant -> {
            Real[] x = {v(variant, "x1"), v(variant, "x2"), v(variant, "x3")};
            Real h1 = relu(x[0].multiply(v(variant, "w1")).add(x[1].multiply(v(variant, "w2"))).add(x[2].multiply(v(variant, "w3"))).add(v(variant, "b1")));
            Real h2 = relu(x[0].multiply(v(variant, "w4")).add(x[1].multiply(v(variant, "w5"))).add(x[2].multiply(v(variant, "w6"))).add(v(variant, "b2")));
            Real z = h1.multiply(v(variant, "w7")).add(h2.multiply(v(variant, "w8"))).add(v(variant, "b3"));
            Real yHat = Real.ONE.divide(Real.ONE.add(Functions.exp(z.negate())));
            assertEquals(h1, number(variant, "h1"));
            assertEquals(h2, number(variant, "h2"));
            assertClose(yHat, number(variant, "yhat"), "seed " + variant.seed());
        });
    }

    @Test
    void updateRule() {
        forEachVariant("update-rule", variant -> {
            assertEquals(v(variant, "w").subtract(v(variant, "alpha").multiply(v(variant, "gradient"))), number(variant, "updated"));
            assertTrue(mistakes(variant, "updated").contains(new Distractor(Mistake.LEFT_TO_RIGHT,
                    v(variant, "w").subtract(v(variant, "alpha")).multiply(v(variant, "gradient")))), "seed " + variant.seed());
            assertTrue(rightOption(variant, "rule").contains("w - \\alpha"));
        });
    }

    @SuppressWarnings("unchecked")
    @Test
    void learningRateCurvesComeFromRealDescentAndMatchTheirRates() {
        forEachVariant("learning-rate", variant -> {
            Real a = v(variant, "a");
            Real m = v(variant, "m");
            Map<String, Object> curves = (Map<String, Object>) variant.data().get("curves");
            for (String label : List.of("A", "B", "C")) {
                Map<String, Object> curve = (Map<String, Object>) curves.get(label);
                Real rate = (Real) curve.get("rate");
                List<Real> losses = (List<Real>) curve.get("losses");
                Real w = v(variant, "w0");
                List<Real> expected = new ArrayList<>();
                for (int k = 0; k < losses.size(); k++) {
                    expected.add(a.multiply(w.subtract(m).pow(2)));
                    w = w.subtract(rate.multiply(Real.of(2)).multiply(a).multiply(w.subtract(m)));
                }
                assertEquals(expected, losses, "seed " + variant.seed() + " curve " + label);
                assertTrue(rightOption(variant, "curve_" + label.toLowerCase()).contains(rate.toString()));
                boolean tooLarge = rate.multiply(a).multiply(Real.of(2)).compareTo(Real.of(2)) > 0;
                assertEquals(tooLarge, losses.get(losses.size() - 1).compareTo(losses.get(0)) > 0, "a too-large rate makes the loss grow");
            }
        });
    }

    @Test
    void descentIterates() {
        forEachVariant("descent-1d", variant -> {
            Real p = v(variant, "p");
            Real q = v(variant, "q");
            Real alpha = v(variant, "alpha");
            Real x = v(variant, "x0");
            Real slope = Real.of(4).multiply(x.pow(3)).subtract(Real.of(2).multiply(p).multiply(x)).add(q);
            assertEquals(slope, number(variant, "slope0"));
            assertEquals(List.of(new Distractor(Mistake.SLOPE_SIGN, slope.negate())), mistakes(variant, "slope0"));
            // the derivative written as the notes write it: a negative or zero tilt is subtracted or left out, not "+ (-0.9)"
            String tilt = q.signum() > 0 ? " + " + q : q.signum() < 0 ? " - " + q.negate() : "";
            assertEquals("\\(L'(x) = 4x^3 - " + Real.of(2).multiply(p) + "x" + tilt + "\\)", part(variant, "slope0").steps().get(0),
                    "seed " + variant.seed());
            for (String key : List.of("x1", "x2")) {
                Real s = Real.of(4).multiply(x.pow(3)).subtract(Real.of(2).multiply(p).multiply(x)).add(q);
                x = x.subtract(alpha.multiply(s));
                assertEquals(x, number(variant, key), "seed " + variant.seed());
            }
        });
    }

    @SuppressWarnings("unchecked")
    @Test
    void batchAndStochasticSteps() {
        forEachVariant("batch-vs-sgd", variant -> {
            List<Real> xs = (List<Real>) variant.values().get("xs");
            List<Real> ys = (List<Real>) variant.values().get("ys");
            Real w = v(variant, "w");
            Real alpha = v(variant, "alpha");
            int k = (Integer) variant.values().get("k");
            Real sum = Real.ZERO;
            for (int i = 0; i < xs.size(); i++) {
                sum = sum.add(w.multiply(xs.get(i)).subtract(ys.get(i)).multiply(xs.get(i)));
            }
            Real mean = sum.divide(Real.of(xs.size()));
            assertEquals(mean, number(variant, "batch_gradient"));
            assertEquals(w.subtract(alpha.multiply(mean)), number(variant, "batch_w"));
            Real gk = w.multiply(xs.get(k - 1)).subtract(ys.get(k - 1)).multiply(xs.get(k - 1));
            assertEquals(w.subtract(alpha.multiply(gk)), number(variant, "sgd_w"));
        });
    }

    @SuppressWarnings("unchecked")
    @Test
    void vanishingChain() {
        forEachVariant("vanishing", variant -> {
            Real z = v(variant, "z");
            Real s = Real.ONE.divide(Real.ONE.add(Functions.exp(z.negate())));
            assertClose(s.multiply(Real.ONE.subtract(s)), number(variant, "sigma_prime"), "σ'");
            List<Real> w = (List<Real>) variant.values().get("weights");
            Real a = v(variant, "x").multiply(w.get(0));
            a = Real.ONE.divide(Real.ONE.add(Functions.exp(a.negate())));
            Real product = Real.ONE;
            Real weights = Real.ONE;
            for (int l = 1; l < w.size(); l++) {
                Real pre = w.get(l).multiply(a);
                Real next = Real.ONE.divide(Real.ONE.add(Functions.exp(pre.negate())));
                product = product.multiply(next.multiply(Real.ONE.subtract(next))).multiply(w.get(l));
                weights = weights.multiply(w.get(l));
                a = next;
            }
            assertClose(product, number(variant, "chain_product"), "chain");
            assertEquals(Real.of(1, 4).pow(w.size() - 1), number(variant, "bound"));
            assertEquals(weights, number(variant, "relu_product"));
            for (Distractor d : mistakes(variant, "relu_product")) {
                assertEquals(Mistake.SIGMOID_FOR_RELU, d.mistake());
                assertClose(product, d.value(), "the sigmoid chain's product as the ReLU chain's, seed " + variant.seed());
            }
        });
    }

    @SuppressWarnings("unchecked")
    /** The data tables once printed y in the forward pass and α in the loss question, which neither uses. */
    @Test
    void aNetworkQuestionsValuesHoldOnlyWhatItsPartsUse() {
        Variant forward = FACTORY.generate(BANK.expectQuestion("forward-pass-toy"), 1);
        assertTrue(!forward.values().containsKey("y") && !forward.values().containsKey("alpha"), forward.values().keySet().toString());
        Variant loss = FACTORY.generate(BANK.expectQuestion("loss-delta"), 1);
        assertTrue(loss.values().containsKey("y") && !loss.values().containsKey("alpha"), loss.values().keySet().toString());
        Variant step = FACTORY.generate(BANK.expectQuestion("sgd-step"), 1);
        assertTrue(step.values().containsKey("y") && step.values().containsKey("alpha"), step.values().keySet().toString());
    }

    /** Seeds that once drew a normalised value of exactly 0, and a loss with one valley called "two valleys". */
    @Test
    void theSeedsThatDrewDegenerateVariantsNowDrawSoundOnes() {
        Variant norm = FACTORY.generate(BANK.expectQuestion("batch-norm"), 3853775566090628904L);
        assertTrue(number(norm, "normalised").signum() != 0, "a normalised value of 0");
        Variant descent = FACTORY.generate(BANK.expectQuestion("descent-1d"), 3017197238746930365L);
        @SuppressWarnings("unchecked")
        List<Real> minima = (List<Real>) descent.data().get("minima");
        assertEquals(2, minima.size());
        Real p = v(descent, "p");
        for (Real x : minima) {
            // L''(x) = 12x² − 2p: a minimum curves up, a flat point does not
            assertTrue(Real.of(12).multiply(x.pow(2)).subtract(Real.of(2).multiply(p)).compareTo(Real.parse("0.001")) > 0, "x = " + x);
        }
    }

    @Test
    void batchNormWithPopulationDeviation() {
        int[] named = new int[1];
        forEachVariant("batch-norm", variant -> {
            List<Real> a = (List<Real>) variant.values().get("activations");
            Real m = Real.of(a.size());
            Real mean = a.stream().reduce(Real.ZERO, Real::add).divide(m);
            Real variance = a.stream().map(x -> x.subtract(mean).pow(2)).reduce(Real.ZERO, Real::add).divide(m);
            BigDecimal deviation = variance.toBigDecimal().sqrt(new MathContext(55));
            assertEquals(mean, number(variant, "mean"));
            assertClose(Real.approximate(deviation), number(variant, "deviation"), "σ_B");
            int k = (Integer) variant.values().get("k");
            assertClose(a.get(k - 1).subtract(mean).divide(Real.approximate(deviation)), number(variant, "normalised"), "normalised");
            // named unless it prints like the right answer or another wrong one
            List<Distractor> unscaled = mistakes(variant, "normalised").stream().filter(d -> d.mistake() == Mistake.UNSCALED).toList();
            unscaled.forEach(d -> assertEquals(a.get(k - 1).subtract(mean), d.value(), "seed " + variant.seed()));
            named[0] += unscaled.size();
        });
        assertTrue(named[0] > SEEDS / 2, "the keys name the unscaled difference: " + named[0]);
    }

    @Test
    void sigmoidStepThresholds() {
        forEachVariant("sigmoid-step", variant -> {
            assertEquals(v(variant, "b1").negate().divide(v(variant, "w1")), number(variant, "threshold"));
            Real s2 = (Real) variant.data().get("s2");
            assertEquals(v(variant, "b2").negate().divide(s2), number(variant, "weight"));
            assertTrue(mistakes(variant, "weight").contains(new Distractor(Mistake.PRODUCT_FOR_QUOTIENT, v(variant, "b2").negate().multiply(s2))),
                    "seed " + variant.seed());
            assertEquals(v(variant, "w3").multiply(v(variant, "s3")).negate(), number(variant, "bias"));
            Real z = v(variant, "w1").multiply(v(variant, "x")).add(v(variant, "b1"));
            assertClose(Real.ONE.divide(Real.ONE.add(Functions.exp(z.negate()))), number(variant, "value"), "σ");
        });
    }

    @Test
    void bumpWeightsAndValues() {
        forEachVariant("bump", variant -> {
            Real w = v(variant, "w");
            assertEquals(w.multiply(v(variant, "s1")).negate(), number(variant, "bias1"));
            assertEquals(w.multiply(v(variant, "s2")).negate(), number(variant, "bias2"));
            assertEquals(v(variant, "height").negate(), number(variant, "out2"));
            assertEquals(List.of(new Distractor(Mistake.OUTPUT_WEIGHT_SIGN, v(variant, "height"))), mistakes(variant, "out2"));
            // adding the steps gives the right value inside the bump and left of it, so the key names it only right of it
            for (String key : List.of("inside", "outside")) {
                mistakes(variant, key).forEach(m -> assertEquals(Mistake.STEPS_ADDED, m.mistake(), key));
            }
            assertTrue(number(variant, "inside").subtract(v(variant, "height")).abs().compareTo(Real.parse("1e-6")) < 0);
            assertTrue(number(variant, "outside").abs().compareTo(Real.parse("1e-6")) < 0);
            Real s1 = v(variant, "s1");
            Real gap = v(variant, "s2").subtract(s1);
            assertTrue(s1.compareTo(Real.parse("0.1")) >= 0 && s1.compareTo(Real.parse("0.6")) <= 0, "s1 = " + s1);
            assertTrue(gap.compareTo(Real.parse("0.2")) >= 0 && gap.compareTo(Real.parse("0.4")) <= 0, "s2 - s1 = " + gap);
            assertEquals(BigInteger.ONE, s1.multiply(Real.of(1000)).exactValue().getDenominator(), "the bank's edges have 3 places: " + s1);
        });
    }

    @Test
    void aThousandStudentsDrawAThousandDifferentBumpsAndSteps() {
        // bumps with edges to 3 places number about 16 million (to 2 places, 170 thousand repeated within these thousand);
        // steps with weights up to 3000 about ten times those up to 1000, which repeated within these thousand too
        for (String question : List.of("bump", "sigmoid-step")) {
            Set<String> drawn = new HashSet<>();
            for (long seed = 1; seed <= 1000; seed++) {
                Variant variant = FACTORY.generate(BANK.expectQuestion(question), seed);
                assertTrue(drawn.add(variant.values().toString()), question + " seed " + seed + " repeats " + variant.values());
            }
        }
    }

    @Test
    void staircasePieces() {
        int[] named = new int[1];
        forEachVariant("staircase", variant -> {
            int k = Integer.parseInt(String.valueOf(variant.values().get("k")));
            Real c2 = v(variant, "c2");
            Real c1 = v(variant, "c1");
            Real c0 = v(variant, "c0");
            java.util.function.UnaryOperator<Real> f = x -> c2.multiply(x.pow(2)).add(c1.multiply(x)).add(c0);
            assertEquals(Real.of(2L * k), number(variant, "units"));
            int piece = Integer.parseInt(String.valueOf(variant.values().get("piece")));
            assertEquals(f.apply(Real.of(2L * piece - 1, 2L * k)), number(variant, "height"));
            Real x = v(variant, "x");
            int home = x.multiply(Real.of(k)).toBigDecimal().intValue();
            Real value = f.apply(Real.of(2L * home + 1, 2L * k));
            assertEquals(value, number(variant, "value"));
            Real error = f.apply(x).subtract(value).abs();
            assertEquals(error, number(variant, "error"));
            named[0] += assertOnlyMistake(variant, "height", Mistake.EDGE_FOR_MIDDLE, f.apply(Real.of(piece - 1, k)))
                    + assertOnlyMistake(variant, "value", Mistake.TARGET_FOR_STAIRCASE, f.apply(x))
                    + assertOnlyMistake(variant, "error", Mistake.DISTANCE_SIGNED, error.negate());
        });
        assertTrue(named[0] > SEEDS, "the keys name these mistakes: " + named[0]);
    }
}
