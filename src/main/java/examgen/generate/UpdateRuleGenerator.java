package examgen.generate;

import static examgen.generate.Lines.f;
import static examgen.generate.Lines.is;
import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.numeric.DisplayRule;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/** Family 1: the update rule w := w − α∇loss(w): one update, and which written update is right. */
final class UpdateRuleGenerator implements Generator {

    @Override
    public String id() {
        return "update-rule";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.range("weight", "the range of the weight w", DecimalRange.of("-1", "1", 2)),
                ParamSpec.range("gradient", "the range of the gradient", DecimalRange.of("-2", "2", 2)),
                ParamSpec.range("alpha", "the range of the learning rate α", DecimalRange.of("0.01", "0.5", 2)));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("updated", "w after one step");
        answers.put("rule", "which written update rule is right");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        Real w = draw.decimal(p.range("weight"));
        Real g = draw.decimal(p.range("gradient"));
        Real alpha = draw.decimal(p.range("alpha"));
        Real updated = w.subtract(alpha.multiply(g));
        String line = math("w' = w - \\alpha \\cdot \\nabla \\mathrm{loss}(w) = " + n(w) + " - " + f(alpha) + " \\cdot " + f(g) + is(updated));
        Solution.Numeric step = new Solution.Numeric(updated, DisplayRule.decimalPlaces(4), List.of(line), List.of(
                new Distractor(Mistake.SIGN_FLIPPED, w.add(alpha.multiply(g))),
                new Distractor(Mistake.NO_LEARNING_RATE, w.subtract(g)),
                new Distractor(Mistake.LEFT_TO_RIGHT, w.subtract(alpha).multiply(g))));
        Solution.Choice rule = new Solution.Choice(List.of(
                Solution.Option.right(math("w := w - \\alpha \\nabla \\mathrm{loss}(w)")),
                Solution.Option.wrong(math("w := w + \\alpha \\nabla \\mathrm{loss}(w)"), Mistake.SIGN_FLIPPED.description()),
                Solution.Option.wrong(math("w := w - \\nabla \\mathrm{loss}(w)"), Mistake.NO_LEARNING_RATE.description()),
                Solution.Option.wrong(math("w := \\alpha w - \\nabla \\mathrm{loss}(w)"), "α scales the step, not the weight")),
                List.of("The gradient points uphill, so the step goes against it, scaled by the learning rate: "
                        + math("w := w - \\alpha \\nabla \\mathrm{loss}(w)") + "."));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("w", w);
        values.put("gradient", g);
        values.put("alpha", alpha);
        Map<String, Solution> solutions = new LinkedHashMap<>();
        solutions.put("updated", step);
        solutions.put("rule", rule);
        return new Solved(values, values, solutions);
    }
}
