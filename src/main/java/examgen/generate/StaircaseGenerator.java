package examgen.generate;

import static examgen.generate.Lines.math;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.approx.Staircase;
import examgen.explain.NumberText;
import examgen.network.Activation;
import examgen.numeric.DisplayRule;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 15: the staircase of slide 63 for a target {@code f(x) = c2·x² + c1·x + c0} on [0, 1] with
 * k flat pieces, each at the target's value at its midpoint, built from 2k hard step units: how
 * many units, a piece's height and output weights, the network's value and its error at a point.
 */
final class StaircaseGenerator implements Generator {

    private static final DisplayRule RULE = DisplayRule.decimalPlaces(4);
    /** Piece edges and midpoints are often thirds or sixths: written as fractions. */
    private static final NumberText Q = Lines.N.withFractions();

    @Override
    public String id() {
        return "staircase";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.integer("pieces", "the largest number k of flat pieces", 5, 2, 10),
                ParamSpec.range("coefficients", "the range of c2, c1, c0", DecimalRange.of("-2", "2", 1)));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("units", "the number of hidden units");
        answers.put("height", "the height of the named piece");
        answers.put("value", "the network's value ŷ at the point");
        answers.put("error", "the error |f(x) − ŷ(x)| at the point");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        int k = draw.integer(2, p.integer("pieces"));
        List<Real> c = draw.decimals(p.range("coefficients"), 3);
        Polynomial target = new Polynomial(List.of(c.get(2), c.get(1), c.get(0)));
        Staircase stairs = Staircase.approximating(target, Real.ZERO, Real.ONE, k, Activation.STEP, Real.of(1000));
        int named = draw.integer(1, k);
        Staircase.Piece piece = stairs.pieces().get(named - 1);
        Real x = Real.of(draw.integer(1, 99), 100);
        if (stairs.thresholds().contains(x)) {
            throw new Reject("the point must not sit on a threshold");
        }
        Real y = stairs.valueAt(x);
        Real error = target.at(x).subtract(y).abs();
        int containing = stairs.pieces().indexOf(stairs.pieces().stream()
                .filter(pc -> pc.start().compareTo(x) < 0 && x.compareTo(pc.end()) < 0).findFirst().orElseThrow());
        Staircase.Piece home = stairs.pieces().get(containing);
        Real mid = piece.start().add(piece.end()).divide(Real.of(2));
        Map<String, Solution> solutions = new LinkedHashMap<>();
        solutions.put("units", new Solution.Numeric(Real.of(2L * k), DisplayRule.decimalPlaces(0), List.of("Each of the " + math("k = " + k)
                + " pieces needs a unit stepping up at its left edge and one stepping down at its right edge: " + math("2k = " + 2 * k) + "."),
                List.of(new Distractor(Mistake.ONE_UNIT_PER_PIECE, Real.of(k)))));
        solutions.put("height", new Solution.Numeric(piece.height(), RULE, List.of(math("\\ell_{" + named + "} = f(" + Q.of(mid) + ") = "
                + polynomial(c, mid) + Q.result(piece.height()))), List.of(new Distractor(Mistake.EDGE_FOR_MIDDLE, target.at(piece.start())))));
        String valueLine = math("\\hat{y}(" + Q.of(x) + ") = \\ell_{" + (containing + 1) + "} = f(" + Q.of(home.start().add(home.end()).divide(Real.of(2)))
                + ")" + Q.result(y)) + ": only the piece over " + math("[" + Q.of(home.start()) + ", " + Q.of(home.end()) + "]") + " is switched on there";
        solutions.put("value", new Solution.Numeric(y, RULE, List.of(valueLine), List.of(new Distractor(Mistake.TARGET_FOR_STAIRCASE, target.at(x)))));
        solutions.put("error", new Solution.Numeric(error, RULE, List.of(valueLine, math("|f(" + Q.of(x) + ") - \\hat{y}| = |" + polynomial(c, x)
                + " - " + Q.factor(y) + "|" + Q.result(error))), List.of(new Distractor(Mistake.DISTANCE_SIGNED, error.negate()))));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("c2", c.get(0));
        values.put("c1", c.get(1));
        values.put("c0", c.get(2));
        values.put("k", k);
        values.put("piece", named);
        values.put("x", x);
        values.put("target", target.toString());
        Map<String, Object> data = new LinkedHashMap<>(values);
        data.put("target", target);
        data.put("network", stairs.network());
        return new Solved(values, data, solutions);
    }

    /** @return TeX of {@code c2·x² + c1·x + c0} at {@code x}, substituted, with its value */
    private static String polynomial(List<Real> c, Real x) {
        return Q.factor(c.get(0)) + " \\cdot " + Q.factor(x) + "^{2} + " + Q.factor(c.get(1)) + " \\cdot " + Q.factor(x) + " + " + Q.factor(c.get(2));
    }
}
