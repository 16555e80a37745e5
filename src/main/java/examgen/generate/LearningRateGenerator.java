package examgen.generate;

import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.descent.Iterate;
import examgen.descent.LossCurve;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 2: three loss-against-iteration curves made by really running gradient descent on
 * {@code L(w) = a(w − m)²} with a rate too large, one too small and one about right; match
 * each curve, labelled A, B, C in a random order, to its rate.
 */
final class LearningRateGenerator implements Generator {

    private static final String LABELS = "ABC";

    /** The three rates as multiples of 1/(2a), where 2aα is the factor each step shrinks the distance by. */
    private enum Kind {
        TOO_LARGE("too large: the loss grows as the steps overshoot further each time", "2.1", "2.5"),
        TOO_SMALL("too small: the loss falls slowly and steadily", "0.02", "0.08"),
        ABOUT_RIGHT("about right: the loss falls fast, then levels off", "0.5", "0.9");

        final String meaning;
        final Real low;
        final Real high;

        Kind(String meaning, String low, String high) {
            this.meaning = meaning;
            this.low = Real.parse(low);
            this.high = Real.parse(high);
        }
    }

    @Override
    public String id() {
        return "learning-rate";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.range("curvature", "a in L(w) = a(w − m)²", DecimalRange.of("0.5", "2", 1)),
                ParamSpec.range("minimum", "m, where the loss is least", DecimalRange.of("-2", "2", 1).allowingZero()),
                ParamSpec.integer("iterations", "how many steps each curve shows", 10, 4, 30));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (char label : LABELS.toCharArray()) {
            answers.put("curve_" + Character.toLowerCase(label), "the rate of curve " + label);
        }
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        Real a = draw.decimal(p.range("curvature"));
        Real m = draw.decimal(p.range("minimum"));
        Real start = m.add(Real.of(draw.coin() ? 2 : -2));
        Polynomial loss = new Polynomial(List.of(a.multiply(m).multiply(m), a.multiply(m).multiply(Real.of(-2)), a));
        LossCurve curve = new LossCurve(loss);
        Map<Kind, Real> rates = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            rates.put(kind, rate(draw, a, kind));
        }
        List<Kind> order = draw.shuffled(List.of(Kind.values()));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> data = new LinkedHashMap<>();
        values.put("a", a);
        values.put("m", m);
        values.put("w0", start);
        values.put("loss", n(a) + "(w " + (m.signum() < 0 ? "+ " + n(m.negate()) : "- " + n(m)) + ")^{2}");
        values.put("iterations", p.integer("iterations"));
        data.put("loss", loss);
        data.put("start", start);
        Map<String, Object> curves = new LinkedHashMap<>();
        Map<String, Solution> solutions = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String label = String.valueOf(LABELS.charAt(i));
            Kind kind = order.get(i);
            List<Real> losses = curve.descend(start, rates.get(kind), p.integer("iterations")).stream().map(Iterate::loss).toList();
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("rate", rates.get(kind));
            run.put("losses", losses);
            curves.put(label, run);
            values.put("rate_" + label.toLowerCase(), rates.get(kind));
            solutions.put("curve_" + label.toLowerCase(), match(label, kind, rates, losses));
        }
        data.put("curves", curves);
        List<Real> sorted = new ArrayList<>(rates.values());
        sorted.sort(Real::compareTo);
        values.put("rates", sorted);
        return new Solved(values, data, solutions);
    }

    /** @return a rate α with 2aα in the kind's band, as a decimal of 2 or 3 places */
    private static Real rate(Draw draw, Real a, Kind kind) {
        Real factor = draw.decimal(new DecimalRange(kind.low, kind.high, 2, true));
        Real alpha = factor.divide(a.multiply(Real.of(2)));
        Real rounded = Real.of(alpha.toBigDecimal().setScale(3, RoundingMode.HALF_UP));
        Real shrink = rounded.multiply(a).multiply(Real.of(2));
        if (shrink.compareTo(kind.low) < 0 || shrink.compareTo(kind.high) > 0 || rounded.signum() <= 0) {
            throw new Reject("a learning rate " + kind.meaning.split(":")[0] + " that prints with 3 places, for curvature " + a);
        }
        return rounded;
    }

    private static Solution.Choice match(String label, Kind kind, Map<Kind, Real> rates, List<Real> losses) {
        List<Solution.Option> options = new ArrayList<>();
        rates.forEach((k, rate) -> options.add(new Solution.Option(math("\\alpha = " + n(rate)), k == kind,
                k == kind ? "" : "α = " + rate + " is " + k.meaning)));
        String trend = losses.get(losses.size() - 1).compareTo(losses.get(0)) > 0 ? "rises" : "falls";
        return new Solution.Choice(options, List.of("Curve " + label + " " + trend + " from " + math(n(losses.get(0))) + " to "
                + math(n(losses.get(losses.size() - 1))) + " over " + (losses.size() - 1) + " steps: the rate is "
                + kind.meaning + ", so it is " + math("\\alpha = " + n(rates.get(kind))) + "."));
    }
}
