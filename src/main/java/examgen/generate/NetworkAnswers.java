package examgen.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import examgen.explain.NetworkSteps;
import examgen.explain.NumberText;
import examgen.network.Activation;
import examgen.network.Backprop;
import examgen.network.BackpropTrace;
import examgen.network.Example;
import examgen.network.Factor;
import examgen.network.Layer;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.SgdStep;
import examgen.network.Training;
import examgen.network.UnitTrace;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/**
 * The solutions of the network questions — activations, loss, Δ, gradients, updates — with their
 * worked steps in the notes' notation and the values of the mistakes students make on them.
 */
final class NetworkAnswers {

    /** Four decimal places, as the notes print ŷ = 0.1802 and ∂E/∂w1 ≈ -0.2295. */
    static final DisplayRule RULE = DisplayRule.decimalPlaces(4);

    private final BackpropTrace trace;
    private final NetworkSteps steps = new NetworkSteps(NumberText.plain(DisplayRule.significantFigures(6), 10));

    NetworkAnswers(Network network, Example example) {
        this.trace = Backprop.run(network, example);
    }

    BackpropTrace trace() {
        return trace;
    }

    /** @return the SGD step with rate {@code learningRate} from this network */
    SgdStep step(Real learningRate) {
        return Training.sgdStep(trace.network(), trace.example(), learningRate);
    }

    NetworkSteps steps() {
        return steps;
    }

    /** @return the activation of a unit, with the forward lines that reach it */
    Solution.Numeric activation(int layer, int unit) {
        UnitTrace target = trace.forward().unit(layer, unit);
        List<String> lines = new ArrayList<>();
        for (int l = 0; l <= layer; l++) {
            if (l == layer) {
                lines.add(steps.forward(target));
            } else {
                trace.forward().layers().get(l).forEach(u -> lines.add(steps.forward(u)));
            }
        }
        List<Distractor> mistakes = new ArrayList<>();
        mistakes.add(new Distractor(Mistake.PRE_ACTIVATION_FOR_ACTIVATION, target.preActivation()));
        if (layer > 0) {
            mistakes.add(new Distractor(Mistake.GATE_IGNORED, forwardWith(hiddenAsIdentity(trace.network()), trace.example().inputs(), unit)));
            swappedOutputWeights().ifPresent(n -> mistakes.add(new Distractor(Mistake.WRONG_PATH_WEIGHT, forwardWith(n, trace.example().inputs(), unit))));
        }
        if (trace.example().inputs().size() > 1) {
            List<Real> swapped = new ArrayList<>(trace.example().inputs());
            swapped.set(0, trace.example().inputs().get(1));
            swapped.set(1, trace.example().inputs().get(0));
            mistakes.add(new Distractor(Mistake.WRONG_INPUT, trace.network().forward(swapped).unit(layer, unit).activation()));
        }
        return new Solution.Numeric(target.activation(), RULE, lines, mistakes);
    }

    private static Real forwardWith(Network network, List<Real> inputs, int outputUnit) {
        return network.forward(inputs).unit(network.layers().size() - 1, outputUnit).activation();
    }

    private static Network hiddenAsIdentity(Network network) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < network.layers().size(); l++) {
            Layer layer = network.layers().get(l);
            boolean hidden = l < network.layers().size() - 1;
            layers.add(new Layer(layer.weights(), layer.biases(), hidden ? Activation.IDENTITY : layer.activation()));
        }
        return new Network(network.inputCount(), layers);
    }

    /** @return the network with the first two weights into each output swapped (w5 and w6 of the toy network) */
    private Optional<Network> swappedOutputWeights() {
        Network network = trace.network();
        int top = network.layers().size() - 1;
        if (network.layers().get(top).sources() < 2) {
            return Optional.empty();
        }
        return Optional.of(network.map((p, value) -> {
            if (p.isBias() || p.layer() != top || p.source() > 1) {
                return value;
            }
            return network.value(Parameter.weight(top, p.unit(), 1 - p.source()));
        }));
    }

    /** @return {@code E = ½(y − ŷ)²} */
    Solution.Numeric loss() {
        Real y = trace.example().targets().get(0);
        Real yHat = trace.forward().outputs().get(0);
        return new Solution.Numeric(trace.loss(), RULE, List.of(steps.loss(trace)),
                List.of(new Distractor(Mistake.HALF_DROPPED, y.subtract(yHat).pow(2))));
    }

    /** @return {@code Δ = ŷ − y} */
    Solution.Numeric delta() {
        return new Solution.Numeric(trace.outputError(), RULE, List.of(steps.outputError(trace, 0)),
                List.of(new Distractor(Mistake.DELTA_REVERSED, trace.outputError().negate())));
    }

    /** @return {@code ∂E/∂p}, with the gate lines it depends on */
    Solution.Numeric gradient(Parameter parameter) {
        Real value = trace.gradient(parameter).value();
        List<String> lines = new ArrayList<>();
        lines.add(steps.outputError(trace, 0));
        for (UnitTrace gate : trace.gates()) {
            boolean onPath = gate.layer() == trace.network().layers().size() - 1
                    || gate.layer() == parameter.layer() && gate.index() == parameter.unit();
            if (onPath) {
                lines.add(steps.gate(gate));
            }
        }
        lines.add(steps.gradient(trace, trace.gradient(parameter)));
        List<Distractor> mistakes = new ArrayList<>();
        mistakes.add(new Distractor(Mistake.DELTA_REVERSED, value.negate()));
        mistakes.add(new Distractor(Mistake.HALF_DROPPED, value.multiply(Real.of(2))));
        mistakes.add(new Distractor(Mistake.GATE_IGNORED, gateIgnored(parameter)));
        wrongPathWeight(parameter).ifPresent(v -> mistakes.add(new Distractor(Mistake.WRONG_PATH_WEIGHT, v)));
        wrongUpstream(parameter).ifPresent(v -> mistakes.add(new Distractor(Mistake.WRONG_INPUT, v)));
        return new Solution.Numeric(value, RULE, lines, mistakes);
    }

    /** @return the gradient as if every ReLU gate on the way were open */
    Real gateIgnored(Parameter parameter) {
        return trace.paths(parameter).stream()
                .map(path -> path.stream().map(f -> f.kind() == Factor.Kind.DERIVATIVE && isGateFactor(f) ? Real.ONE : f.value())
                        .reduce(Real.ONE, Real::multiply))
                .reduce(Real.ZERO, Real::add);
    }

    private static boolean isGateFactor(Factor factor) {
        return factor.symbol().plain().startsWith(Activation.RELU.label());
    }

    /** A hidden weight's path through the other hidden unit's output weight: w6 for w5. */
    private Optional<Real> wrongPathWeight(Parameter parameter) {
        int top = trace.network().layers().size() - 1;
        if (parameter.layer() != top - 1 || trace.network().layers().get(top).sources() < 2) {
            return Optional.empty();
        }
        int other = parameter.unit() == 0 ? 1 : 0;
        Real right = trace.network().value(Parameter.weight(top, 0, parameter.unit()));
        Real wrong = trace.network().value(Parameter.weight(top, 0, other));
        if (right.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(trace.gradient(parameter).value().divide(right).multiply(wrong));
    }

    /** The other input (x2 for x1), or the other hidden activation (h1 for h2). */
    private Optional<Real> wrongUpstream(Parameter parameter) {
        if (parameter.isBias() || trace.network().layers().get(parameter.layer()).sources() < 2) {
            return Optional.empty();
        }
        Real right = trace.gradient(parameter).upstreamValue();
        Real wrong = trace.forward().activationBelow(parameter.layer(), parameter.source() == 0 ? 1 : 0);
        Real delta = trace.gradient(parameter).into().delta();
        return right.equals(wrong) ? Optional.empty() : Optional.of(delta.multiply(wrong));
    }

    /** @return {@code p' = p − α·∂E/∂p} */
    Solution.Numeric update(Parameter parameter, SgdStep step) {
        Real before = trace.network().value(parameter);
        Real gradient = trace.gradient(parameter).value();
        Real rate = step.learningRate();
        List<String> lines = new ArrayList<>(gradient(parameter).steps());
        lines.add(steps.update(trace.network().symbol(parameter), before, rate, gradient, step.updated(parameter)));
        List<Distractor> mistakes = List.of(
                new Distractor(Mistake.SIGN_FLIPPED, before.add(rate.multiply(gradient))),
                new Distractor(Mistake.NO_LEARNING_RATE, before.subtract(gradient)),
                new Distractor(Mistake.GATE_IGNORED, before.subtract(rate.multiply(gateIgnored(parameter)))),
                new Distractor(Mistake.HALF_DROPPED, before.subtract(rate.multiply(gradient).multiply(Real.of(2)))));
        return new Solution.Numeric(step.updated(parameter), RULE, lines, mistakes);
    }

    /** @return {@code ŷ} after the step, on the same input */
    Solution.Numeric outputAfter(SgdStep step) {
        UnitTrace output = step.forwardAfter().outputUnits().get(0);
        List<String> lines = new ArrayList<>();
        step.forwardAfter().layers().forEach(layer -> layer.forEach(u -> lines.add(steps.forward(u))));
        return new Solution.Numeric(output.activation(), RULE, lines,
                List.of(new Distractor(Mistake.PRE_ACTIVATION_FOR_ACTIVATION, output.preActivation())));
    }

    /** @return the loss after the step, compared with the loss before it */
    Solution.Numeric lossAfter(SgdStep step) {
        Real y = trace.example().targets().get(0);
        Real yHat = step.forwardAfter().outputs().get(0);
        int change = step.lossAfter().compareTo(step.before().loss());
        String comparison = change < 0 ? ", less than \\(E\\): the step lowered the error"
                : change > 0 ? ", more than \\(E\\): the step raised the error" : ", the same as \\(E\\)";
        return new Solution.Numeric(step.lossAfter(), RULE, List.of("Before the step, " + steps.loss(step.before()), steps.lossAfter(step) + comparison),
                List.of(new Distractor(Mistake.HALF_DROPPED, y.subtract(yHat).pow(2))));
    }

    /** @return a unit's pre-activation, the number its gate is decided on */
    Solution.Numeric preActivation(int layer, int unit) {
        UnitTrace target = trace.forward().unit(layer, unit);
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < layer; l++) {
            trace.forward().layers().get(l).forEach(u -> lines.add(steps.forward(u)));
        }
        lines.add(steps.gate(target));
        return new Solution.Numeric(target.preActivation(), RULE, lines,
                List.of(new Distractor(Mistake.WRONG_PATH_WEIGHT, forwardWithSwappedPreActivation(layer, unit))));
    }

    private Real forwardWithSwappedPreActivation(int layer, int unit) {
        return swappedOutputWeights().map(n -> n.forward(trace.example().inputs()).unit(layer, unit).preActivation())
                .orElse(trace.forward().unit(layer, unit).preActivation());
    }

    /** @return the choice "overshoot or undershoot?", read off the sign of Δ */
    Solution.Choice overshoot() {
        boolean over = trace.outputError().signum() > 0;
        return new Solution.Choice(List.of(
                new Solution.Option("\\(\\Delta > 0\\): the network overshot, \\(\\hat{y} > y\\)", over,
                        over ? "" : "Δ < 0 here: ŷ is below y"),
                new Solution.Option("\\(\\Delta < 0\\): the network undershot, \\(\\hat{y} < y\\)", !over,
                        over ? "Δ > 0 here: ŷ is above y" : "")),
                List.of(steps.outputError(trace, 0)));
    }

    /** @return the choice "is this unit active?", decided on its pre-activation */
    Solution.Choice gate(int layer, int unit) {
        UnitTrace gate = trace.forward().unit(layer, unit);
        String name = "\\(" + gate.unit().tex() + "\\)";
        return new Solution.Choice(List.of(
                new Solution.Option(name + " is active: its pre-activation is > 0, so the gate passes the gradient", gate.isActive(),
                        gate.isActive() ? "" : "the pre-activation is ≤ 0, so the unit is off"),
                new Solution.Option(name + " is inactive: its pre-activation is ≤ 0, so no gradient passes", !gate.isActive(),
                        gate.isActive() ? "the pre-activation is > 0, so the unit is on" : "")),
                List.of(steps.gate(gate)));
    }
}
