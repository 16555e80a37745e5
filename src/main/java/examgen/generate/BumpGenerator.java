package examgen.generate;

import static examgen.generate.Lines.f;
import static examgen.generate.Lines.is;
import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.approx.Staircase;
import examgen.network.Activation;
import examgen.network.ForwardTrace;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 14: a bump of height ℓ over [s1, s2] from two steep sigmoid units with output weights ±ℓ
 * (slides 59–61): the hidden units' biases, the output weights, and the network's value inside and
 * outside the bump.
 */
final class BumpGenerator implements Generator {

    private static final DisplayRule RULE = DisplayRule.decimalPlaces(4);

    @Override
    public String id() {
        return "bump";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.range("height", "the range of the bump's height ℓ", DecimalRange.of("0.1", "0.9", 1)),
                ParamSpec.integer("steepness", "the hidden weight w of both units", 1000, 50, 100_000),
                ParamSpec.integer("edge-places", "the decimal places of the edges s1 (0.1 to 0.6) and s2 (0.2 to 0.4 further); "
                        + "each place more gives a hundred times as many bumps", 2, 1, 3));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("units", "how many hidden units the bump needs");
        answers.put("bias1", "the bias of the unit stepping up at s1");
        answers.put("bias2", "the bias of the unit stepping down at s2");
        answers.put("out1", "the output weight of the first unit");
        answers.put("out2", "the output weight of the second unit");
        answers.put("inside", "ŷ at a point inside the bump");
        answers.put("outside", "ŷ at a point outside the bump");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        int steps = (int) Math.pow(10, p.integer("edge-places"));
        Real s1 = Real.of(draw.integer(steps / 10, 6 * steps / 10), steps);
        Real s2 = s1.add(Real.of(draw.integer(2 * steps / 10, 4 * steps / 10), steps));
        Real height = draw.decimal(p.range("height"));
        Real w = Real.of(p.integer("steepness"));
        Staircase bump = Staircase.bump(s1, s2, height, Activation.SIGMOID, w);
        Real inside = s1.add(s2).divide(Real.of(2));
        Real outside = draw.coin() ? s1.subtract(Real.of(1, 10)) : s2.add(Real.of(1, 10));
        Real b1 = w.multiply(s1).negate();
        Real b2 = w.multiply(s2).negate();
        Map<String, Solution> solutions = new LinkedHashMap<>();
        solutions.put("units", new Solution.Numeric(Real.of(2), DisplayRule.decimalPlaces(0),
                List.of("One unit steps up at " + math("s_{1}") + ", one steps down at " + math("s_{2}") + ": two hidden units."),
                List.of(new Distractor(Mistake.ONE_UNIT_PER_PIECE, Real.ONE))));
        solutions.put("bias1", new Solution.Numeric(b1, RULE, List.of(math("b_{1} = -w s_{1} = -" + f(w) + " \\cdot " + f(s1) + is(b1))),
                List.of(new Distractor(Mistake.THRESHOLD_SIGN, b1.negate()))));
        solutions.put("bias2", new Solution.Numeric(b2, RULE, List.of(math("b_{2} = -w s_{2} = -" + f(w) + " \\cdot " + f(s2) + is(b2))),
                List.of(new Distractor(Mistake.THRESHOLD_SIGN, b2.negate()))));
        String outputs = "The output adds the first step and subtracts the second, both scaled to the height: "
                + math("\\hat{y} = \\ell \\cdot \\sigma(w x + b_{1}) - \\ell \\cdot \\sigma(w x + b_{2})") + ", with " + math("\\ell = " + n(height));
        solutions.put("out1", new Solution.Numeric(height, RULE, List.of(outputs), List.of(new Distractor(Mistake.OUTPUT_WEIGHT_SIGN, height.negate()))));
        solutions.put("out2", new Solution.Numeric(height.negate(), RULE, List.of(outputs), List.of(new Distractor(Mistake.OUTPUT_WEIGHT_SIGN, height))));
        solutions.put("inside", value(bump, inside, height, w, b1, b2));
        solutions.put("outside", value(bump, outside, height, w, b1, b2));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("s1", s1);
        values.put("s2", s2);
        values.put("height", height);
        values.put("w", w);
        values.put("x_inside", inside);
        values.put("x_outside", outside);
        Map<String, Object> data = new LinkedHashMap<>(values);
        data.put("network", bump.network());
        return new Solved(values, data, solutions);
    }

    private static Solution.Numeric value(Staircase bump, Real x, Real height, Real w, Real b1, Real b2) {
        ForwardTrace trace = bump.network().forward(List.of(x));
        Real first = trace.unit(0, 0).activation();
        Real second = trace.unit(0, 1).activation();
        Real y = trace.outputs().get(0);
        return new Solution.Numeric(y, RULE, List.of(
                math("\\sigma(" + n(w) + " \\cdot " + f(x) + " + " + f(b1) + ")" + is(first)),
                math("\\sigma(" + n(w) + " \\cdot " + f(x) + " + " + f(b2) + ")" + is(second)),
                math("\\hat{y} = " + n(height) + " \\cdot " + f(first) + " - " + n(height) + " \\cdot " + f(second) + is(y))),
                List.of(new Distractor(Mistake.STEPS_ADDED, height.multiply(first.add(second)))));
    }
}
