package examgen.generate;

import static examgen.generate.Lines.f;
import static examgen.generate.Lines.is;
import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.descent.Iterate;
import examgen.descent.LossCurve;
import examgen.descent.Minimum;
import examgen.descent.Outcome;
import examgen.numeric.DisplayRule;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 3: gradient descent on the bumpy one-dimensional loss {@code L(x) = x⁴ − p·x² + q·x},
 * which has a global and a local minimum: the first iterates from a start point, and which
 * minimum descent approaches.
 */
final class DescentGenerator implements Generator {

    @Override
    public String id() {
        return "descent-1d";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.range("p", "p in x⁴ − p·x² + q·x: the depth of the two wells", DecimalRange.of("1.5", "3", 1)),
                ParamSpec.range("q", "q in x⁴ − p·x² + q·x: the tilt that makes one well deeper", DecimalRange.of("-1", "1", 1)),
                ParamSpec.range("start", "the start point x0", DecimalRange.of("-2", "2", 1)),
                ParamSpec.range("alpha", "the learning rate α", DecimalRange.of("0.01", "0.05", 2)));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("slope0", "L'(x0)");
        answers.put("x1", "the first iterate x1");
        answers.put("x2", "the second iterate x2");
        answers.put("x3", "the third iterate x3");
        answers.put("minimum", "whether descent approaches the global or a local minimum");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        Real depth = draw.decimal(p.range("p"));
        Real tilt = draw.decimal(p.range("q"));
        Polynomial loss = new Polynomial(List.of(Real.ZERO, tilt, depth.negate(), Real.ZERO, Real.ONE));
        LossCurve curve = new LossCurve(loss);
        if (curve.minima().size() != 2) {
            throw new Reject("the loss must have two local minima");
        }
        Real start = draw.decimal(p.range("start"));
        Real alpha = draw.decimal(p.range("alpha"));
        Outcome outcome = curve.outcome(start, alpha);
        if (outcome.kind() != Outcome.Kind.CONVERGES || outcome.minimum().isEmpty()) {
            throw new Reject("descent from the start must settle in a minimum");
        }
        if (start.abs().compareTo(Real.parse("0.3")) < 0) {
            throw new Reject("the start must lie clearly inside one well");
        }
        List<Iterate> iterates = curve.descend(start, alpha, 3);
        Polynomial slope = loss.derivative();
        Map<String, Solution> solutions = new LinkedHashMap<>();
        String slopeFormula = "L'(x) = " + slope;
        Iterate first = iterates.get(0);
        solutions.put("slope0", new Solution.Numeric(first.slope(), DisplayRule.decimalPlaces(4),
                List.of(math(slopeFormula), math("L'(" + n(start) + ")" + is(first.slope()))),
                List.of(new Distractor(Mistake.SLOPE_SIGN, first.slope().negate()))));
        List<String> lines = new ArrayList<>(List.of(math(slopeFormula)));
        for (int k = 1; k <= 3; k++) {
            Iterate before = iterates.get(k - 1);
            Real x = iterates.get(k).x();
            lines.add(math("x_{" + k + "} = x_{" + (k - 1) + "} - \\alpha L'(x_{" + (k - 1) + "}) = " + n(before.x()) + " - " + f(alpha)
                    + " \\cdot " + f(before.slope()) + is(x)));
            solutions.put("x" + k, new Solution.Numeric(x, DisplayRule.decimalPlaces(4), lines, List.of(
                    new Distractor(Mistake.SIGN_FLIPPED, before.x().add(alpha.multiply(before.slope()))),
                    new Distractor(Mistake.NO_LEARNING_RATE, before.x().subtract(before.slope())))));
        }
        Minimum reached = outcome.minimum().get();
        Minimum other = curve.minima().stream().filter(m -> m != reached).findFirst().orElseThrow();
        String where = "descent settles at " + math("x \\approx " + n(reached.x())) + ", where " + math("L \\approx " + n(reached.loss()))
                + "; the other minimum, at " + math("x \\approx " + n(other.x())) + ", has " + math("L \\approx " + n(other.loss()));
        solutions.put("minimum", new Solution.Choice(List.of(
                new Solution.Option("the global minimum", reached.global(), reached.global() ? "" : "the other well is deeper"),
                new Solution.Option("a local minimum that is not the global one", !reached.global(),
                        reached.global() ? "this well is the deepest" : "")),
                List.of(where + ". Plain gradient descent only rolls downhill into the well it starts in.")));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("p", depth);
        values.put("q", tilt);
        values.put("x0", start);
        values.put("alpha", alpha);
        values.put("loss", loss.toString());
        Map<String, Object> data = new LinkedHashMap<>(values);
        data.put("loss", loss);
        data.put("iterates", iterates.stream().map(Iterate::x).toList());
        data.put("minima", curve.minima().stream().map(Minimum::x).toList());
        return new Solved(values, data, solutions);
    }
}
