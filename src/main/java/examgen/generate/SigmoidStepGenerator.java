package examgen.generate;

import static examgen.generate.Lines.f;
import static examgen.generate.Lines.is;
import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.approx.StepUnit;
import examgen.numeric.DisplayRule;
import examgen.numeric.Functions;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 13: the sigmoid step unit σ(w·x + b) of slides 53–56 — its threshold s = −b/w, the weight
 * or the bias that puts the step at a wanted threshold, and its value near the threshold.
 */
final class SigmoidStepGenerator implements Generator {

    private static final DisplayRule RULE = DisplayRule.decimalPlaces(4).withFractions();

    @Override
    public String id() {
        return "sigmoid-step";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.integer("hundreds", "the largest weight, in hundreds", 10, 2, 50));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("threshold", "s = −b/w of the first unit");
        answers.put("weight", "the weight w that puts the step at s2 with bias b2");
        answers.put("bias", "the bias b that puts the step at s3 with weight w3");
        answers.put("value", "σ(w·x + b) of the first unit at x");
        answers.put("width", "the width over which the first unit climbs from 0.01 to 0.99");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        int hundreds = p.integer("hundreds");
        Real w1 = Real.of(100L * draw.integer(2, hundreds));
        Real b1 = Real.of(-100L * draw.integer(1, w1.toBigDecimal().intValue() / 100 - 1));
        StepUnit first = new StepUnit(w1, b1);
        Real s2 = Real.of(1, draw.integer(2, 5));
        Real b2 = Real.of(-100L * draw.integer(1, 4));
        StepUnit second = StepUnit.withThresholdAndBias(s2, b2);
        Real s3 = draw.decimal(DecimalRange.of("0.1", "0.9", 1));
        Real w3 = Real.of(100L * draw.integer(2, hundreds));
        StepUnit third = StepUnit.withThresholdAndWeight(s3, w3);
        Real s1 = first.threshold();
        Real spread = Real.of(3).divide(w1);
        Real x = draw.decimal(new DecimalRange(s1.subtract(spread), s1.add(spread), 3, false));
        Real z = w1.multiply(x).add(b1);
        if (z.signum() == 0) {
            throw new Reject("the point must not sit on the threshold, where σ = 0.5 needs no work");
        }
        Map<String, Solution> solutions = new LinkedHashMap<>();
        solutions.put("threshold", new Solution.Numeric(s1, RULE, List.of(math("s_{1} = -\\frac{b_{1}}{w_{1}} = -\\frac{" + n(b1) + "}{" + n(w1) + "}"
                + " = " + RULE.formatTex(s1))), List.of(new Distractor(Mistake.THRESHOLD_SIGN, s1.negate()))));
        solutions.put("weight", new Solution.Numeric(second.weight(), RULE, List.of(math("s = -\\frac{b}{w} \\Rightarrow w = -\\frac{b}{s} = -\\frac{"
                + n(b2) + "}{" + RULE.formatTex(s2) + "}" + is(second.weight()))),
                List.of(new Distractor(Mistake.THRESHOLD_SIGN, second.weight().negate()),
                        new Distractor(Mistake.PRODUCT_FOR_QUOTIENT, b2.negate().multiply(s2)))));
        solutions.put("bias", new Solution.Numeric(third.bias(), RULE, List.of(math("s = -\\frac{b}{w} \\Rightarrow b = -w s = -"
                + f(w3) + " \\cdot " + f(s3) + is(third.bias()))), List.of(new Distractor(Mistake.THRESHOLD_SIGN, third.bias().negate()))));
        Real value = first.valueAt(x);
        solutions.put("value", new Solution.Numeric(value, DisplayRule.decimalPlaces(4), List.of(math("z = w_{1} x + b_{1} = " + n(w1)
                + " \\cdot " + f(x) + " + " + f(b1) + is(z)), math("\\sigma(" + n(z) + ") = \\frac{1}{1 + e^{" + n(z.negate()) + "}}" + is(value))),
                List.of(new Distractor(Mistake.THRESHOLD_SIGN, new StepUnit(w1, b1.negate()).valueAt(x)),
                        new Distractor(Mistake.SIGMA_FOR_SIGMA_PRIME, Functions.sigmoidDerivative(z)))));
        solutions.put("width", new Solution.Numeric(first.transitionWidth(), DisplayRule.significantFigures(3),
                List.of(math("\\sigma(z) = p \\Leftrightarrow z = \\ln\\frac{p}{1 - p}"), math("\\text{width} = \\frac{\\ln 99 - \\ln\\frac{1}{99}}{w_{1}} = \\frac{2 \\ln 99}{"
                        + n(w1) + "}" + is(first.transitionWidth()))), List.of()));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("w1", w1);
        values.put("b1", b1);
        values.put("s2", RULE.format(s2));
        values.put("s2_tex", RULE.formatTex(s2));
        values.put("b2", b2);
        values.put("s3", s3);
        values.put("w3", w3);
        values.put("x", x);
        Map<String, Object> data = new LinkedHashMap<>(values);
        data.put("s2", s2);
        return new Solved(values, data, solutions);
    }
}
