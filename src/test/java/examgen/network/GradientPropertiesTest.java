package examgen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import examgen.numeric.Real;

/**
 * Properties that hold for every network, checked over many seeded random networks of several
 * shapes, with and without biases: gradients equal finite differences, a small SGD step lowers
 * the loss, a dead unit passes no gradient, and the notes' path products add up to the gradient.
 */
class GradientPropertiesTest {

    private static final int RELU_NETWORKS = 1000;
    private static final int SIGMOID_NETWORKS = 1000;
    private static final int MIXED_NETWORKS = 300;
    private static final List<Activation> ANY_OUTPUT = List.of(Activation.RELU, Activation.IDENTITY, Activation.SIGMOID);

    private static Real loss(Network network, Example example) {
        return Backprop.loss(network.forward(example.inputs()).outputs(), example.targets());
    }

    private static List<Boolean> gatePattern(Network network, Example example) {
        return network.forward(example.inputs()).layers().stream().flatMap(List::stream)
                .map(UnitTrace::isActive).toList();
    }

    private static boolean touchesAKink(Network network, Example example) {
        return network.forward(example.inputs()).layers().stream().flatMap(List::stream)
                .anyMatch(u -> u.function().isGated() && u.preActivation().signum() == 0);
    }

    /** Within one gate pattern the loss is quadratic in any single parameter, so the central difference is exact. */
    @Test
    void reluGradientsEqualCentralDifferencesExactly() {
        RandomNetworks draws = new RandomNetworks(7);
        int checked = 0;
        for (int n = 0; n < RELU_NETWORKS; n++) {
            Network network = draws.network(Activation.RELU, List.of(Activation.RELU, Activation.IDENTITY));
            Example example = draws.example(network);
            if (touchesAKink(network, example)) {
                continue;
            }
            BackpropTrace trace = Backprop.run(network, example);
            List<Boolean> pattern = gatePattern(network, example);
            for (Parameter p : network.parameters()) {
                Real h = Real.of(1, 1000);
                Network up;
                Network down;
                do {
                    h = h.divide(Real.of(2));
                    up = network.with(p, network.value(p).add(h));
                    down = network.with(p, network.value(p).subtract(h));
                } while (!gatePattern(up, example).equals(pattern) || !gatePattern(down, example).equals(pattern));
                Real difference = loss(up, example).subtract(loss(down, example)).divide(h.multiply(Real.of(2)));
                assertEquals(difference, trace.gradient(p).value(), network.shape() + " " + network.symbol(p));
            }
            checked++;
        }
        assertTrue(checked > RELU_NETWORKS * 9 / 10, "too many draws sat on a kink: " + checked);
    }

    @Test
    void sigmoidGradientsEqualCentralDifferencesToThirtyDigits() {
        RandomNetworks draws = new RandomNetworks(11);
        Real h = Real.parse("1e-15");
        for (int n = 0; n < SIGMOID_NETWORKS; n++) {
            Network network = draws.network(Activation.SIGMOID, ANY_OUTPUT);
            Example example = draws.example(network);
            if (touchesAKink(network, example)) {
                continue;
            }
            assertCentralDifferences(network, example, h);
        }
    }

    /** Shapes to four layers, an activation per layer among all four of a bank question's, tanh among them. */
    @Test
    void mixedActivationGradientsOfDeeperNetworksEqualCentralDifferencesToThirtyDigits() {
        RandomNetworks draws = new RandomNetworks(17);
        Real h = Real.parse("1e-20");
        int checked = 0;
        for (int n = 0; n < MIXED_NETWORKS; n++) {
            Network network = draws.mixed(List.of(Activation.RELU, Activation.SIGMOID, Activation.TANH, Activation.IDENTITY));
            Example example = draws.example(network);
            if (touchesAKink(network, example)) {
                continue;
            }
            assertCentralDifferences(network, example, h);
            BackpropTrace trace = Backprop.run(network, example);
            for (Parameter p : network.parameters()) {
                Real pathGap = trace.alongPaths(p, f -> f).subtract(trace.gradient(p).value()).abs();
                assertTrue(pathGap.compareTo(Real.parse("1e-40")) < 0, "the paths add up to the gradient: " + network.shape() + " " + network.symbol(p));
            }
            checked++;
        }
        assertTrue(checked > MIXED_NETWORKS / 2, "too many draws sat on a kink: " + checked);
    }

    /** Every gradient within 10^-30 of its central difference with step {@code h}. */
    private static void assertCentralDifferences(Network network, Example example, Real h) {
        BackpropTrace trace = Backprop.run(network, example);
        for (Parameter p : network.parameters()) {
            Real difference = loss(network.with(p, network.value(p).add(h)), example)
                    .subtract(loss(network.with(p, network.value(p).subtract(h)), example))
                    .divide(h.multiply(Real.of(2)));
            Real gap = difference.subtract(trace.gradient(p).value()).abs();
            assertTrue(gap.compareTo(Real.parse("1e-30")) < 0, network.shape() + " " + network.symbol(p) + ": " + gap);
        }
    }

    @Test
    void aSmallStepLowersTheLossWheneverTheGradientIsNonZero() {
        RandomNetworks draws = new RandomNetworks(13);
        Real rate = Real.parse("1e-9");
        int lowered = 0;
        for (int n = 0; n < RELU_NETWORKS; n++) {
            Activation hidden = n % 4 == 0 ? Activation.SIGMOID : Activation.RELU;
            Network network = draws.network(hidden, List.of(Activation.RELU, Activation.IDENTITY));
            Example example = draws.example(network);
            if (touchesAKink(network, example)) {
                continue;
            }
            SgdStep step = Training.sgdStep(network, example, rate);
            boolean flat = step.before().gradientList().stream().allMatch(g -> g.value().signum() == 0);
            int comparison = step.lossAfter().compareTo(step.before().loss());
            if (flat) {
                assertEquals(0, comparison, "a zero gradient moves nothing");
            } else {
                assertTrue(comparison < 0, network.shape() + ": loss did not fall");
                lowered++;
            }
        }
        assertTrue(lowered > RELU_NETWORKS / 2, "too few networks had a gradient: " + lowered);
    }

    @Test
    void aDeadUnitPassesNoGradient() {
        RandomNetworks draws = new RandomNetworks(17);
        int deadUnits = 0;
        for (int n = 0; n < RELU_NETWORKS; n++) {
            Network network = draws.network(Activation.RELU, List.of(Activation.RELU));
            BackpropTrace trace = Backprop.run(network, draws.example(network));
            for (List<UnitDelta> layer : trace.deltas()) {
                for (UnitDelta unit : layer) {
                    if (unit.unit().preActivation().signum() > 0) {
                        continue;
                    }
                    deadUnits++;
                    assertEquals(Real.ZERO, unit.delta());
                    assertEquals(Real.ZERO, unit.unit().activation());
                    trace.gradientList().stream()
                            .filter(g -> g.parameter().layer() == unit.unit().layer() && g.parameter().unit() == unit.unit().index())
                            .forEach(g -> assertEquals(Real.ZERO, g.value(), g.symbol().plain()));
                }
            }
        }
        assertTrue(deadUnits > 100, "too few dead units drawn: " + deadUnits);
    }

    @Test
    void pathProductsAddUpToTheGradient() {
        RandomNetworks draws = new RandomNetworks(19);
        for (int n = 0; n < 200; n++) {
            Network network = draws.network(n % 2 == 0 ? Activation.RELU : Activation.SIGMOID, ANY_OUTPUT);
            BackpropTrace trace = Backprop.run(network, draws.example(network));
            for (Parameter p : network.parameters()) {
                Real sum = trace.paths(p).stream().map(BackpropTrace::product).reduce(Real.ZERO, Real::add);
                assertTrue(sum.subtract(trace.gradient(p).value()).abs().compareTo(Real.parse("1e-50")) <= 0,
                        network.shape() + " " + network.symbol(p));
            }
        }
    }
}
