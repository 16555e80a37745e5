package examgen.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import examgen.network.Activation;
import examgen.network.BackpropTrace;
import examgen.network.Factor;
import examgen.network.Gradient;
import examgen.network.Layer;
import examgen.network.Parameter;
import examgen.network.SgdStep;
import examgen.network.Symbol;
import examgen.network.UnitDelta;
import examgen.network.UnitTrace;
import examgen.numeric.Real;

/**
 * The lines of a worked network solution in the notes' notation, numbers substituted, as markup
 * (prose with TeX between {@code \(} and {@code \)}); {@link TexText#toPlain} gives the plain
 * text {@code h1 = ReLU(x1·w1 + x2·w2) = ReLU(2·0.11 + 3·0.12) = ReLU(0.58) = 0.58}.
 */
public final class NetworkSteps {

    private final NumberText numbers;

    /** @param numbers how numbers are written; used in its TeX form */
    public NetworkSteps(NumberText numbers) {
        this.numbers = numbers.inTex();
    }

    /** @return how these steps write a number, in TeX */
    public NumberText numbers() {
        return numbers;
    }

    private static String math(String tex) {
        return "\\(" + tex + "\\)";
    }

    /** @return TeX of {@code x1·w1 + x2·w2 (+ b1)} */
    public String symbolicSum(UnitTrace unit) {
        String sum = unit.terms().stream().map(t -> t.source().tex() + " \\cdot " + t.weight().tex())
                .collect(Collectors.joining(" + "));
        return unit.bias().map(b -> sum + " + " + b.symbol().tex()).orElse(sum);
    }

    /** @return TeX of {@code 2·0.11 + 3·0.12 (+ 0.5)} */
    public String substitutedSum(UnitTrace unit) {
        String sum = unit.terms().stream()
                .map(t -> numbers.factor(t.sourceValue()) + " \\cdot " + numbers.factor(t.weightValue()))
                .collect(Collectors.joining(" + "));
        return unit.bias().map(b -> sum + " + " + numbers.factor(b.value())).orElse(sum);
    }

    /**
     * @return the unit's forward line, {@code h1 = ReLU(x1·w1 + x2·w2) = ReLU(2·0.11 + 3·0.12) = ReLU(0.58) = 0.58};
     *     an identity unit without the brackets, {@code ŷ = h1·w5 + h2·w6 = 0.58·0.14 + 0.66·0.15 = 0.1802}
     */
    public String forward(UnitTrace unit) {
        boolean summed = unit.terms().size() > 1 || unit.bias().isPresent();
        String name = unit.unit().tex();
        if (unit.function() == Activation.IDENTITY) {
            return math(name + " = " + symbolicSum(unit) + " = " + substitutedSum(unit)
                    + (summed ? numbers.result(unit.preActivation()) : ""));
        }
        String f = unit.function().tex();
        return math(name + " = " + f + "(" + symbolicSum(unit) + ") = " + f + "(" + substitutedSum(unit) + ")"
                + (summed ? " = " + f + "(" + numbers.of(unit.preActivation()) + ")" : "")
                + numbers.result(unit.activation()));
    }

    /** @return the gate sentence, {@code h1·w5 + h2·w6 = 0.1802 > 0, so ŷ is active} */
    public String gate(UnitTrace unit) {
        String z = symbolicSum(unit) + numbers.result(unit.preActivation());
        String name = math(unit.unit().tex());
        return unit.isActive()
                ? math(z + " > 0") + ", so " + name + " is active"
                : math(z + " \\le 0") + ", so " + name + " is inactive and passes no gradient";
    }

    /**
     * @return how a smooth unit's derivative follows from its activation, as the notes write σ′ = σ(1 − σ):
     *     {@code σ′(z(ŷ)) = ŷ(1 − ŷ) = 0.6·(1 − 0.6) = 0.24}, {@code tanh′(z(h1)) = 1 − h1² = 1 − 0.3² = 0.91};
     *     a gated unit's is its gate sentence
     */
    public String derivative(UnitTrace unit) {
        String a = unit.unit().tex();
        String left = unit.function().tex() + "'(" + unit.preActivationSymbol().tex() + ")";
        Real value = unit.derivative();
        return switch (unit.function()) {
            case SIGMOID -> math(left + " = " + a + "(1 - " + a + ") = " + numbers.of(unit.activation()) + " \\cdot (1 - "
                    + numbers.factor(unit.activation()) + ")" + numbers.result(value));
            case TANH -> math(left + " = 1 - " + a + "^{2} = 1 - " + numbers.factor(unit.activation()) + "^{2}" + numbers.result(value));
            case IDENTITY -> math(left + " = 1");
            default -> gate(unit);
        };
    }

    /** @return the symbol of a unit's error signal: {@code δ(h1)}, typeset {@code δ_{h_1}} */
    public static Symbol deltaSymbol(UnitTrace unit) {
        return new Symbol("δ(" + unit.unit().plain() + ")", "\\delta_{" + unit.unit().tex() + "}");
    }

    /**
     * @return a unit's error signal {@code δ = ∂E/∂z}, as backprop passes it down:
     *     {@code δ(ŷ) = ReLU′(z(ŷ))·Δ} at the output, {@code δ(h1) = ReLU′(z(h1))·(w5·δ(ŷ))} below it
     */
    public String unitDelta(BackpropTrace trace, UnitDelta delta) {
        UnitTrace unit = delta.unit();
        String derivative = unit.function().tex() + "'(" + unit.preActivationSymbol().tex() + ")";
        String left = "\\frac{\\partial E}{\\partial " + unit.preActivationSymbol().tex() + "} = " + deltaSymbol(unit).tex();
        int top = trace.network().layers().size() - 1;
        String symbolicIncoming;
        String substitutedIncoming;
        if (unit.layer() == top) {
            symbolicIncoming = trace.outputErrorSymbol(unit.index()).tex();
            substitutedIncoming = numbers.factor(delta.incoming());
        } else {
            List<String> symbolic = new ArrayList<>();
            List<String> substituted = new ArrayList<>();
            Layer above = trace.network().layers().get(unit.layer() + 1);
            for (int k = 0; k < above.width(); k++) {
                UnitDelta next = trace.delta(unit.layer() + 1, k);
                symbolic.add(trace.network().symbol(Parameter.weight(unit.layer() + 1, k, unit.index())).tex() + " \\cdot "
                        + deltaSymbol(next.unit()).tex());
                substituted.add(numbers.factor(above.weight(k, unit.index())) + " \\cdot " + numbers.factor(next.delta()));
            }
            symbolicIncoming = "(" + String.join(" + ", symbolic) + ")";
            substitutedIncoming = "(" + String.join(" + ", substituted) + ")";
        }
        return math(left + " = " + derivative + " \\cdot " + symbolicIncoming + " = " + numbers.of(delta.derivative()) + " \\cdot "
                + substitutedIncoming + numbers.result(delta.delta()));
    }

    /** @return {@code E = ½(y − ŷ)² = ½(1 − 0.1802)² = 0.33603602} for a single output */
    public String loss(BackpropTrace trace) {
        if (trace.outputErrors().size() != 1) {
            return math("E = \\tfrac{1}{2} \\sum (y - \\hat{y})^{2}" + numbers.result(trace.loss()));
        }
        return squaredError("E", "\\hat{y}", trace.example().targets().get(0), trace.forward().outputs().get(0), trace.loss());
    }

    /** @return {@code E' = ½(y − ŷ')² = ½(1 − 0.2406)² = 0.28834418} on the same example after the step, for a single output */
    public String lossAfter(SgdStep step) {
        return squaredError("E'", "\\hat{y}'", step.before().example().targets().get(0), step.forwardAfter().outputs().get(0),
                step.lossAfter());
    }

    private String squaredError(String loss, String output, Real y, Real yHat, Real value) {
        return math(loss + " = \\tfrac{1}{2}(y - " + output + ")^{2} = \\tfrac{1}{2}(" + numbers.of(y) + " - " + numbers.factor(yHat) + ")^{2}"
                + numbers.result(value));
    }

    /** @return {@code Δ = ŷ − y = 0.1802 − 1 = -0.8198}, and what its sign says */
    public String outputError(BackpropTrace trace, int output) {
        String delta = trace.outputErrorSymbol(output).tex();
        String yHat = trace.forward().outputUnits().get(output).unit().tex();
        int sign = trace.outputErrors().get(output).signum();
        String relation = sign > 0 ? " > 0" : sign < 0 ? " < 0" : " = 0";
        String meaning = sign > 0 ? ": the network overshot " + math("(\\hat{y} > y)")
                : sign < 0 ? ": the network undershot " + math("(\\hat{y} < y)")
                : ": the output is exactly right";
        return math(delta + " = " + yHat + " - y = " + numbers.of(trace.forward().outputs().get(output)) + " - "
                + numbers.factor(trace.example().targets().get(output)) + numbers.result(trace.outputErrors().get(output))
                + relation) + meaning;
    }

    /** @return TeX of {@code ∂E/∂w1} */
    public static String partial(Symbol parameter) {
        return "\\frac{\\partial E}{\\partial " + parameter.tex() + "}";
    }

    /**
     * @return the gradient as the notes write it, {@code ∂E/∂w1 = Δ·w5·x1 = -0.8198·0.14·2 = -0.229544}:
     *     ReLU and identity derivatives that are 1 left out, a closed gate named instead
     */
    public String gradient(BackpropTrace trace, Gradient gradient) {
        String left = partial(gradient.symbol());
        List<List<Factor>> paths = trace.paths(gradient.parameter());
        List<List<Factor>> open = paths.stream().filter(path -> path.stream().allMatch(f -> f.value().signum() != 0
                || f.kind() != Factor.Kind.DERIVATIVE)).toList();
        if (open.isEmpty()) {
            String closed = paths.stream().flatMap(List::stream)
                    .filter(f -> f.kind() == Factor.Kind.DERIVATIVE && f.value().signum() == 0)
                    .map(f -> f.symbol().tex()).distinct().collect(Collectors.joining(", "));
            return math(left + " = 0") + ", since " + math(closed + " = 0") + ": no gradient passes an inactive unit";
        }
        String symbolic = open.stream().map(this::symbolicPath).collect(Collectors.joining(" + "));
        if (open.size() == 1 && shown(open.get(0)).size() == 1) {
            return math(left + " = " + symbolic + numbers.result(gradient.value()));
        }
        String substituted = open.stream().map(this::substitutedPath).collect(Collectors.joining(" + "));
        return math(left + " = " + symbolic + " = " + substituted + numbers.result(gradient.value()));
    }

    /** @return {@code w1' = w1 − α·∂E/∂w1 = 0.11 − 0.1·(-0.229544) = 0.1329544} */
    public String update(Symbol parameter, Real before, Real rate, Real gradient, Real after) {
        String name = parameter.tex();
        return math(name + "' = " + name + " - \\alpha \\cdot " + partial(parameter) + " = " + numbers.of(before) + " - "
                + numbers.factor(rate) + " \\cdot " + numbers.factor(gradient) + numbers.result(after));
    }

    private String symbolicPath(List<Factor> path) {
        return shown(path).stream().map(f -> f.symbol().tex()).collect(Collectors.joining(" \\cdot "));
    }

    private String substitutedPath(List<Factor> path) {
        List<Factor> shown = shown(path);
        return IntStream.range(0, shown.size())
                .mapToObj(i -> i == 0 ? numbers.of(shown.get(i).value()) : numbers.factor(shown.get(i).value()))
                .collect(Collectors.joining(" \\cdot "));
    }

    /** The notes leave out derivatives equal to 1 (open ReLU gates, identity units) and a bias's upstream 1. */
    private static List<Factor> shown(List<Factor> path) {
        return path.stream()
                .filter(f -> !(f.kind() == Factor.Kind.DERIVATIVE && f.value().equals(Real.ONE)))
                .filter(f -> !(f.kind() == Factor.Kind.UPSTREAM && f.symbol().plain().equals("1")))
                .toList();
    }
}
