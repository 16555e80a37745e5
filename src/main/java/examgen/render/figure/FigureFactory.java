package examgen.render.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import examgen.network.Network;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;
import examgen.paper.Variant;

/**
 * The pictures of a variant, drawn from its own data: on the paper what a student needs to see,
 * in the key also what gives answers away (the descent's steps, the staircase, the step's threshold).
 * Curves are sampled in {@code double}: a drawing, not an answer.
 */
public final class FigureFactory {

    private static final Set<String> NETWORK_FAMILIES = Set.of("network");
    private static final int SAMPLES = 241;

    private FigureFactory() {
    }

    /** @return whether the family's questions are about the notes' networks, and so show a network and a data table */
    public static boolean isNetworkFamily(String generator) {
        return NETWORK_FAMILIES.contains(generator);
    }

    /** @return the figures of the variant, for its paper or for its key */
    public static List<Figure> of(Variant variant, boolean key) {
        Map<String, Object> data = variant.data();
        String family = variant.generator();
        if (NETWORK_FAMILIES.contains(family)) {
            return List.of(new NetworkDiagram((Network) data.get("network")));
        }
        return switch (family) {
            case "learning-rate" -> List.of(lossCurves(variant));
            case "descent-1d" -> List.of(landscape(variant, key));
            case "vanishing" -> List.of(sigmoid(variant, key));
            case "bump" -> List.of(bump(variant, key));
            case "staircase" -> List.of(staircase(variant, key));
            case "sigmoid-step" -> key ? List.of(step(variant)) : List.of();
            default -> List.of();
        };
    }

    private static double d(Object value) {
        return ((Real) value).toBigDecimal().doubleValue();
    }

    private static List<double[]> sample(double from, double to, DoubleUnaryOperator f) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            double x = from + (to - from) * i / (SAMPLES - 1);
            points.add(new double[] {x, f.applyAsDouble(x)});
        }
        return points;
    }

    private static DoubleUnaryOperator polynomial(Polynomial p) {
        double[] c = p.coefficients().stream().mapToDouble(FigureFactory::d).toArray();
        return x -> {
            double y = 0;
            for (int i = c.length - 1; i >= 0; i--) {
                y = y * x + c[i];
            }
            return y;
        };
    }

    private static double sigma(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @SuppressWarnings("unchecked")
    private static Figure lossCurves(Variant variant) {
        Map<String, Object> curves = (Map<String, Object>) variant.data().get("curves");
        List<Plot.Series> series = new ArrayList<>();
        List<Color> colors = List.of(Plot.BLUE, Plot.ORANGE, Plot.GREEN);
        double top = 0;
        int steps = 0;
        for (Map.Entry<String, Object> entry : curves.entrySet()) {
            List<Real> losses = (List<Real>) ((Map<String, Object>) entry.getValue()).get("losses");
            List<double[]> points = new ArrayList<>();
            for (int k = 0; k < losses.size(); k++) {
                points.add(new double[] {k, d(losses.get(k))});
            }
            top = Math.max(top, d(losses.get(0)));
            steps = losses.size() - 1;
            series.add(new Plot.Series("curve " + entry.getKey(), points, colors.get(series.size()), series.size() == 1, true, true));
        }
        return new Plot("iteration", "loss", 0, steps, 0, top * 1.6, series,
                "Loss against iteration for " + steps + " steps of gradient descent, three curves A, B and C, one per learning rate; "
                        + "a curve that leaves the top of the frame keeps growing.");
    }

    @SuppressWarnings("unchecked")
    private static Figure landscape(Variant variant, boolean key) {
        DoubleUnaryOperator loss = polynomial((Polynomial) variant.data().get("loss"));
        List<double[]> curve = sample(-2.2, 2.2, loss);
        List<Plot.Series> series = new ArrayList<>(List.of(new Plot.Series("L(x)", curve, Plot.BLUE, false, false, true)));
        List<Real> iterates = (List<Real>) variant.data().get("iterates");
        List<double[]> steps = new ArrayList<>();
        for (Real x : key ? iterates : iterates.subList(0, 1)) {
            steps.add(new double[] {d(x), loss.applyAsDouble(d(x))});
        }
        series.add(new Plot.Series(key ? "x0, x1, x2, x3" : "start x0", steps, Plot.RED, false, true, key));
        double low = curve.stream().mapToDouble(p -> p[1]).min().orElse(0);
        double high = Math.max(loss.applyAsDouble(-2), loss.applyAsDouble(2));
        return new Plot("x", "L(x)", -2.2, 2.2, low - 0.3, Math.min(high, low + 12), series,
                "The loss L(x) = " + variant.values().get("loss") + " for x from -2.2 to 2.2, with two valleys"
                        + (key ? ", and the first descent steps from x0 = " + variant.values().get("x0") : ", and the start x0 = " + variant.values().get("x0")));
    }

    private static Figure sigmoid(Variant variant, boolean key) {
        List<Plot.Series> series = new ArrayList<>(List.of(
                new Plot.Series("σ(x)", sample(-6, 6, FigureFactory::sigma), Plot.BLUE, false, false, true),
                new Plot.Series("σ′(x)", sample(-6, 6, x -> sigma(x) * (1 - sigma(x))), Plot.ORANGE, true, false, true)));
        if (key) {
            double z = d(variant.values().get("z"));
            series.add(new Plot.Series("", List.of(new double[] {z, sigma(z)}, new double[] {z, sigma(z) * (1 - sigma(z))}),
                    Plot.RED, false, true, false));
        }
        return new Plot("x", "", -6, 6, 0, 1.05, series,
                "The sigmoid σ(x), rising from 0 to 1, and its derivative σ′(x), a bump of height 0.25 at x = 0"
                        + (key ? ", with both marked at x = " + variant.values().get("z") : ""));
    }

    private static Figure bump(Variant variant, boolean key) {
        double s1 = d(variant.values().get("s1"));
        double s2 = d(variant.values().get("s2"));
        double height = d(variant.values().get("height"));
        double w = d(variant.values().get("w"));
        DoubleUnaryOperator shape = key
                ? x -> height * sigma(w * x - w * s1) - height * sigma(w * x - w * s2)
                : x -> x > s1 && x < s2 ? height : 0;
        return new Plot("x", "ŷ", 0, 1, 0, 1, List.of(new Plot.Series(key ? "ŷ(x)" : "wanted bump", sample(0, 1, shape), Plot.BLUE, false, false, true)),
                "A bump of height " + variant.values().get("height") + " between x = " + variant.values().get("s1") + " and x = "
                        + variant.values().get("s2") + ", zero elsewhere");
    }

    private static Figure staircase(Variant variant, boolean key) {
        Polynomial target = (Polynomial) variant.data().get("target");
        DoubleUnaryOperator f = polynomial(target);
        List<Plot.Series> series = new ArrayList<>(List.of(new Plot.Series("f(x)", sample(0, 1, f), Plot.BLUE, false, false, true)));
        int k = (Integer) variant.values().get("k");
        if (key) {
            series.add(new Plot.Series("staircase", sample(0, 1, x -> {
                int piece = Math.min(k - 1, (int) Math.floor(x * k));
                return f.applyAsDouble((piece + 0.5) / k);
            }), Plot.ORANGE, false, false, true));
        }
        List<double[]> curve = sample(0, 1, f);
        double low = curve.stream().mapToDouble(p -> p[1]).min().orElse(0);
        double high = curve.stream().mapToDouble(p -> p[1]).max().orElse(1);
        double pad = Math.max(0.2, (high - low) * 0.15);
        return new Plot("x", "f(x)", 0, 1, low - pad, high + pad, series,
                "The target f(x) = " + variant.values().get("target") + " on [0, 1]" + (key ? ", with its staircase of " + k + " pieces" : ""));
    }

    private static Figure step(Variant variant) {
        double w = d(variant.values().get("w1"));
        double b = d(variant.values().get("b1"));
        return new Plot("x", "σ(wx + b)", 0, 1, 0, 1.05, List.of(new Plot.Series("w = " + variant.values().get("w1") + ", b = "
                + variant.values().get("b1"), sample(0, 1, x -> sigma(w * x + b)), Plot.BLUE, false, false, true)),
                "The unit σ(w·x + b) with w = " + variant.values().get("w1") + " and b = " + variant.values().get("b1")
                        + ", a steep step at its threshold");
    }
}
