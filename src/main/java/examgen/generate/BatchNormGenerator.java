package examgen.generate;

import static examgen.generate.Lines.f;
import static examgen.generate.Lines.is;
import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import examgen.network.BatchNorm;
import examgen.numeric.DisplayRule;
import examgen.numeric.Functions;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/** Family 12: batch normalisation of a mini-batch of activations (slide 45). */
final class BatchNormGenerator implements Generator {

    private static final DisplayRule RULE = DisplayRule.decimalPlaces(4);

    @Override
    public String id() {
        return "batch-norm";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.integer("size", "the number of activations m", 4, 2, 8),
                ParamSpec.range("activations", "the range of every activation", DecimalRange.of("-2", "4", 1).allowingZero()),
                ParamSpec.number("epsilon", "ε under the root", "0"));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("mean", "the batch mean μ_B");
        answers.put("variance", "the batch variance σ_B² (divide by m)");
        answers.put("deviation", "σ_B = √(σ_B² + ε)");
        answers.put("normalised", "the normalised value of the named activation");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        int size = p.integer("size");
        List<Real> activations = draw.decimals(p.range("activations"), size);
        if (activations.stream().distinct().count() < 2) {
            throw new Reject("the activations must not all be equal");
        }
        BatchNorm norm = BatchNorm.of(activations, p.number("epsilon"));
        int named = draw.integer(1, size);
        Real m = Real.of(size);
        Real sampleDeviation = Functions.sqrt(norm.variance().multiply(m).divide(m.subtract(Real.ONE)).add(norm.epsilon()));
        String sum = activations.stream().map(Lines::f).collect(Collectors.joining(" + "));
        String meanLine = math("\\mu_{B} = \\frac{1}{" + size + "}(" + sum + ")" + is(norm.mean()));
        String squares = activations.stream().map(a -> "(" + n(a) + " - " + f(norm.mean()) + ")^{2}").collect(Collectors.joining(" + "));
        String varianceLine = math("\\sigma_{B}^{2} = \\frac{1}{" + size + "}(" + squares + ")" + is(norm.variance()));
        String deviationLine = math("\\sigma_{B} = \\sqrt{\\sigma_{B}^{2} + \\varepsilon} = \\sqrt{" + n(norm.variance()) + " + "
                + n(norm.epsilon()) + "}" + is(norm.standardDeviation())) + " (" + BatchNorm.CONVENTION + ")";
        Real a = activations.get(named - 1);
        Real normalised = norm.normalised().get(named - 1);
        if (normalised.signum() == 0) {
            // the named activation at the batch's mean normalises to 0, which no part should ask for by surprise
            throw new Reject("the named activation differs from the batch's mean");
        }
        String normalisedLine = math("\\hat{a}_{" + named + "} = \\frac{a_{" + named + "} - \\mu_{B}}{\\sigma_{B}} = \\frac{" + n(a) + " - "
                + f(norm.mean()) + "}{" + n(norm.standardDeviation()) + "}" + is(normalised));
        Map<String, Solution> solutions = new LinkedHashMap<>();
        solutions.put("mean", new Solution.Numeric(norm.mean(), RULE, List.of(meanLine), List.of()));
        solutions.put("variance", new Solution.Numeric(norm.variance(), RULE, List.of(meanLine, varianceLine),
                List.of(new Distractor(Mistake.SAMPLE_DEVIATION, norm.variance().multiply(m).divide(m.subtract(Real.ONE))))));
        solutions.put("deviation", new Solution.Numeric(norm.standardDeviation(), RULE, List.of(meanLine, varianceLine, deviationLine),
                List.of(new Distractor(Mistake.SAMPLE_DEVIATION, sampleDeviation))));
        List<String> all = new ArrayList<>(List.of(meanLine, varianceLine, deviationLine, normalisedLine));
        solutions.put("normalised", new Solution.Numeric(normalised, RULE, all, List.of(
                new Distractor(Mistake.SAMPLE_DEVIATION, a.subtract(norm.mean()).divide(sampleDeviation)),
                new Distractor(Mistake.UNSCALED, a.subtract(norm.mean())))));
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            values.put("a" + (i + 1), activations.get(i));
        }
        values.put("activations", activations);
        values.put("m", size);
        values.put("k", named);
        values.put("epsilon", norm.epsilon());
        return new Solved(values, new LinkedHashMap<>(values), solutions);
    }
}
