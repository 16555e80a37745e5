package examgen.generate.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import examgen.explain.NetworkSteps;
import examgen.explain.NumberText;
import examgen.generate.Distractor;
import examgen.generate.Mistake;
import examgen.generate.Solution;
import examgen.network.Activation;
import examgen.network.Backprop;
import examgen.network.BackpropTrace;
import examgen.network.Example;
import examgen.network.Factor;
import examgen.network.ForwardTrace;
import examgen.network.Gradient;
import examgen.network.Layer;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.SgdStep;
import examgen.network.Training;
import examgen.network.UnitDelta;
import examgen.network.UnitTrace;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/**
 * The solutions of a network question's quantities — activations, loss, Δ, error signals, gradients,
 * updates — for a network of any shape, with their worked steps in the notes' notation and the values
 * of the mistakes students make on them (the catalogue of {@link Mistake}).
 */
final class NetworkAnswers {

    /** Four decimal places, as the notes print ŷ = 0.1802 and ∂E/∂w1 ≈ -0.2295. */
    static final DisplayRule RULE = DisplayRule.decimalPlaces(4);

    private final BackpropTrace trace;
    static final NetworkSteps STEPS = new NetworkSteps(NumberText.plain(DisplayRule.significantFigures(6), 10));

    private final NetworkSteps steps = STEPS;

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

    private Network network() {
        return trace.network();
    }

    private int top() {
        return network().layers().size() - 1;
    }

    /** @return the forward lines of every unit below {@code layer} */
    private List<String> forwardBelow(int layer) {
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < layer; l++) {
            trace.forward().layers().get(l).forEach(u -> lines.add(steps.forward(u)));
        }
        return lines;
    }

    /** @return the activation of a unit, with the forward lines that reach it */
    Solution.Numeric activation(int layer, int unit) {
        UnitTrace target = trace.forward().unit(layer, unit);
        List<String> lines = forwardBelow(layer);
        lines.add(steps.forward(target));
        List<Distractor> mistakes = new ArrayList<>();
        mistakes.add(new Distractor(Mistake.PRE_ACTIVATION_FOR_ACTIVATION, target.preActivation()));
        if (layer > 0) {
            reluLayersAsIdentity().ifPresent(n -> mistakes.add(new Distractor(Mistake.GATE_IGNORED, activationIn(n, layer, unit))));
        }
        if (layer == top()) {
            swappedOutputWeights().ifPresent(n -> mistakes.add(new Distractor(Mistake.WRONG_PATH_WEIGHT, activationIn(n, layer, unit))));
        }
        swappedInputs().ifPresent(x -> mistakes.add(new Distractor(Mistake.WRONG_INPUT, network().forward(x).unit(layer, unit).activation())));
        return new Solution.Numeric(target.activation(), RULE, lines, mistakes);
    }

    private Real activationIn(Network network, int layer, int unit) {
        return network.forward(trace.example().inputs()).unit(layer, unit).activation();
    }

    /** @return the network with its hidden ReLU units taken as identities, as a student who forgets the gate computes it */
    private Optional<Network> reluLayersAsIdentity() {
        List<Layer> layers = new ArrayList<>();
        boolean any = false;
        for (int l = 0; l < network().layers().size(); l++) {
            Layer layer = network().layers().get(l);
            boolean gatedHidden = l < top() && layer.activation() == Activation.RELU;
            any |= gatedHidden;
            layers.add(new Layer(layer.weights(), layer.biases(), gatedHidden ? Activation.IDENTITY : layer.activation()));
        }
        return any ? Optional.of(new Network(network().inputCount(), layers)) : Optional.empty();
    }

    /** @return the first two inputs swapped, as a student who reads x2 for x1 has them */
    private Optional<List<Real>> swappedInputs() {
        List<Real> x = trace.example().inputs();
        if (x.size() < 2 || x.get(0).equals(x.get(1))) {
            return Optional.empty();
        }
        List<Real> swapped = new ArrayList<>(x);
        swapped.set(0, x.get(1));
        swapped.set(1, x.get(0));
        return Optional.of(swapped);
    }

    /** @return the network with the first two weights into the output swapped (w5 and w6 of the toy network) */
    private Optional<Network> swappedOutputWeights() {
        if (network().layers().get(top()).sources() < 2) {
            return Optional.empty();
        }
        return Optional.of(network().map((p, value) -> {
            if (p.isBias() || p.layer() != top() || p.source() > 1) {
                return value;
            }
            return network().value(Parameter.weight(top(), p.unit(), 1 - p.source()));
        }));
    }

    /** @return a unit's pre-activation, the number its gate is decided on */
    Solution.Numeric preActivation(int layer, int unit) {
        UnitTrace target = trace.forward().unit(layer, unit);
        List<String> lines = forwardBelow(layer);
        lines.add(target.function().isGated() ? steps.gate(target) : steps.forward(target));
        List<Distractor> mistakes = new ArrayList<>();
        if (layer == top()) {
            swappedOutputWeights().ifPresent(n -> mistakes.add(new Distractor(Mistake.WRONG_PATH_WEIGHT,
                    n.forward(trace.example().inputs()).unit(layer, unit).preActivation())));
        }
        swappedInputs().ifPresent(x -> mistakes.add(new Distractor(Mistake.WRONG_INPUT, network().forward(x).unit(layer, unit).preActivation())));
        return new Solution.Numeric(target.preActivation(), RULE, lines, mistakes);
    }

    /** @return {@code E = ½(y − ŷ)²} */
    Solution.Numeric loss() {
        Real y = trace.example().targets().get(0);
        Real yHat = trace.forward().outputs().get(0);
        List<String> lines = forwardBelow(top() + 1);
        lines.add(steps.loss(trace));
        return new Solution.Numeric(trace.loss(), RULE, lines, List.of(new Distractor(Mistake.HALF_DROPPED, y.subtract(yHat).pow(2))));
    }

    /** @return {@code Δ = ŷ − y} */
    Solution.Numeric delta() {
        List<String> lines = forwardBelow(top() + 1);
        lines.add(steps.outputError(trace, 0));
        return new Solution.Numeric(trace.outputError(), RULE, lines,
                List.of(new Distractor(Mistake.DELTA_REVERSED, trace.outputError().negate())));
    }

    /**
     * @return the lines that lead to a gradient at a unit: Δ, then for every unit on a path from it to the output
     *     (every unit of the layers above, and the unit itself) its gate or its derivative, output first
     */
    private List<String> pathLines(int layer, int unit) {
        List<String> lines = new ArrayList<>();
        if (workedForward()) {
            lines.addAll(forwardBelow(top() + 1));
        }
        lines.add(steps.outputError(trace, 0));
        for (int l = top(); l >= layer; l--) {
            for (UnitTrace u : trace.forward().layers().get(l)) {
                if ((l > layer || u.index() == unit) && u.function() != Activation.IDENTITY) {
                    lines.add(steps.derivative(u));
                }
            }
        }
        return lines;
    }

    /**
     * @return whether a gradient's working starts with the forward pass: the notes work the 2-2-1 ReLU network's
     *     gradients from Δ, its activations read off the forward pass worked before (Part III); a deeper network's
     *     or a smooth unit's values are not read off so simply, so its working shows them
     */
    private boolean workedForward() {
        return top() > 1 || network().layers().subList(0, top()).stream().anyMatch(l -> l.activation() != Activation.RELU);
    }

    /** @return a unit's error signal {@code δ = ∂E/∂z}, passed down from the output */
    Solution.Numeric unitDelta(int layer, int unit) {
        List<String> lines = pathLines(layer, unit);
        for (int l = top(); l >= layer; l--) {
            for (int j = 0; j < network().layers().get(l).width(); j++) {
                if (l > layer || j == unit) {
                    lines.add(steps.unitDelta(trace, trace.delta(l, j)));
                }
            }
        }
        UnitDelta delta = trace.delta(layer, unit);
        List<Distractor> mistakes = List.of(
                new Distractor(Mistake.DELTA_REVERSED, delta.delta().negate()),
                new Distractor(Mistake.HALF_DROPPED, delta.delta().multiply(Real.of(2))),
                new Distractor(Mistake.GATE_IGNORED, alongUnitPaths(layer, unit, this::gateOpened)),
                new Distractor(Mistake.SIGMA_FOR_SIGMA_PRIME, alongUnitPaths(layer, unit, this::activationForDerivative)));
        return new Solution.Numeric(delta.delta(), RULE, lines, mistakes);
    }

    /** @return δ of a unit summed over its paths to the output, each factor passed through {@code mistake} first */
    private Real alongUnitPaths(int layer, int unit, UnaryOperator<Factor> mistake) {
        // a weight into the unit has the unit's paths, times its upstream value: taken as 1, they give δ
        return trace.alongPaths(Parameter.weight(layer, unit, 0),
                f -> f.kind() == Factor.Kind.UPSTREAM ? f.withValue(Real.ONE) : mistake.apply(f));
    }

    /** @return {@code ∂E/∂p}, with the gate and derivative lines it depends on */
    Solution.Numeric gradient(Parameter parameter) {
        Gradient gradient = trace.gradient(parameter);
        Real value = gradient.value();
        List<String> lines = pathLines(parameter.layer(), parameter.unit());
        lines.add(steps.gradient(trace, gradient));
        List<Distractor> mistakes = new ArrayList<>();
        mistakes.add(new Distractor(Mistake.DELTA_REVERSED, value.negate()));
        mistakes.add(new Distractor(Mistake.HALF_DROPPED, value.multiply(Real.of(2))));
        mistakes.add(new Distractor(Mistake.GATE_IGNORED, gateIgnored(parameter)));
        mistakes.add(new Distractor(Mistake.SIGMA_FOR_SIGMA_PRIME, trace.alongPaths(parameter, this::activationForDerivative)));
        wrongPathWeight(parameter).ifPresent(v -> mistakes.add(new Distractor(Mistake.WRONG_PATH_WEIGHT, v)));
        wrongUpstream(parameter).ifPresent(v -> mistakes.add(new Distractor(Mistake.WRONG_INPUT, v)));
        return new Solution.Numeric(value, RULE, lines, mistakes);
    }

    /** @return the gradient as if every ReLU gate on the way were open */
    Real gateIgnored(Parameter parameter) {
        return trace.alongPaths(parameter, this::gateOpened);
    }

    private Factor gateOpened(Factor factor) {
        boolean gate = factor.unit().map(u -> u.function().isGated()).orElse(false);
        return gate ? factor.withValue(Real.ONE) : factor;
    }

    /** A smooth unit's activation where its derivative belongs: σ for σ′, tanh for tanh′. */
    private Factor activationForDerivative(Factor factor) {
        return factor.unit().filter(u -> u.function() == Activation.SIGMOID || u.function() == Activation.TANH)
                .map(u -> factor.withValue(u.activation())).orElse(factor);
    }

    /** @return the gradient with the weights out of another unit of the same layer on its paths: w6 for w5 */
    private Optional<Real> wrongPathWeight(Parameter parameter) {
        int layer = parameter.layer();
        if (layer == top() || network().layers().get(layer).width() < 2) {
            return Optional.empty();
        }
        int other = (parameter.unit() + 1) % network().layers().get(layer).width();
        Layer above = network().layers().get(layer + 1);
        Real incoming = Real.ZERO;
        for (int k = 0; k < above.width(); k++) {
            incoming = incoming.add(above.weight(k, other).multiply(trace.delta(layer + 1, k).delta()));
        }
        Gradient gradient = trace.gradient(parameter);
        return Optional.of(gradient.into().derivative().multiply(incoming).multiply(gradient.upstreamValue()));
    }

    /** The next input (x2 for x1), or the next activation below (h2 for h1). */
    private Optional<Real> wrongUpstream(Parameter parameter) {
        int sources = network().layers().get(parameter.layer()).sources();
        if (parameter.isBias() || sources < 2) {
            return Optional.empty();
        }
        Real right = trace.gradient(parameter).upstreamValue();
        Real wrong = trace.forward().activationBelow(parameter.layer(), (parameter.source() + 1) % sources);
        Real delta = trace.gradient(parameter).into().delta();
        return right.equals(wrong) ? Optional.empty() : Optional.of(delta.multiply(wrong));
    }

    /** @return {@code p' = p − α·∂E/∂p} */
    Solution.Numeric update(Parameter parameter, SgdStep step) {
        Real before = network().value(parameter);
        Real gradient = trace.gradient(parameter).value();
        Real rate = step.learningRate();
        List<String> lines = new ArrayList<>(gradient(parameter).steps());
        lines.add(steps.update(network().symbol(parameter), before, rate, gradient, step.updated(parameter)));
        List<Distractor> mistakes = List.of(
                new Distractor(Mistake.SIGN_FLIPPED, before.add(rate.multiply(gradient))),
                new Distractor(Mistake.NO_LEARNING_RATE, before.subtract(gradient)),
                new Distractor(Mistake.GATE_IGNORED, before.subtract(rate.multiply(gateIgnored(parameter)))),
                new Distractor(Mistake.HALF_DROPPED, before.subtract(rate.multiply(gradient).multiply(Real.of(2)))));
        return new Solution.Numeric(step.updated(parameter), RULE, lines, mistakes);
    }

    /** @return {@code ŷ} after the step, on the same input */
    Solution.Numeric outputAfter(SgdStep step) {
        return outputAfter(step.forwardAfter());
    }

    /** @return {@code ŷ} of this example through the network after a step, {@code forwardAfter} */
    Solution.Numeric outputAfter(ForwardTrace forwardAfter) {
        UnitTrace output = forwardAfter.outputUnits().get(0);
        List<String> lines = new ArrayList<>();
        lines.add("After the step, on the same input:");
        forwardAfter.layers().forEach(layer -> layer.forEach(u -> lines.add(steps.forward(u))));
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
        List<String> lines = new ArrayList<>(outputAfter(step).steps());
        lines.add("Before the step, " + steps.loss(step.before()));
        lines.add(steps.lossAfter(step) + comparison);
        return new Solution.Numeric(step.lossAfter(), RULE, lines, List.of(new Distractor(Mistake.HALF_DROPPED, y.subtract(yHat).pow(2))));
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
        List<String> lines = forwardBelow(layer);
        lines.add(steps.gate(gate));
        return new Solution.Choice(List.of(
                new Solution.Option(name + " is active: its pre-activation is > 0, so the gate passes the gradient", gate.isActive(),
                        gate.isActive() ? "" : "the pre-activation is ≤ 0, so the unit is off"),
                new Solution.Option(name + " is inactive: its pre-activation is ≤ 0, so no gradient passes", !gate.isActive(),
                        gate.isActive() ? "the pre-activation is > 0, so the unit is on" : "")),
                lines);
    }

    /** @return the first unit that is off (the dead unit of the question), if any */
    Optional<UnitTrace> deadUnit() {
        return trace.gates().stream().filter(u -> !u.isActive()).findFirst();
    }

    /**
     * @return the right set of zero gradients among the sets a student might name: every gradient, those into the
     *     dead unit, those of the output layer, those out of the dead unit, and those of the layers below it
     */
    Optional<Solution.Choice> zeroGradients() {
        Optional<UnitTrace> dead = deadUnit();
        if (dead.isEmpty()) {
            return Optional.empty();
        }
        UnitTrace unit = dead.get();
        List<Parameter> all = network().parameters();
        List<Parameter> zero = all.stream().filter(p -> trace.gradient(p).value().signum() == 0).toList();
        Set<List<Parameter>> candidates = new LinkedHashSet<>();
        candidates.add(zero);
        candidates.add(all);
        candidates.add(all.stream().filter(p -> p.layer() == unit.layer() && p.unit() == unit.index()).toList());
        candidates.add(all.stream().filter(p -> p.layer() == top()).toList());
        candidates.add(all.stream().filter(p -> !p.isBias() && p.layer() == unit.layer() + 1 && p.source() == unit.index()).toList());
        candidates.add(all.stream().filter(p -> p.layer() < unit.layer()).toList());
        List<Solution.Option> options = new ArrayList<>();
        for (List<Parameter> set : candidates) {
            if (set.isEmpty() || options.size() == 4) {
                continue;
            }
            boolean right = set.equals(zero);
            String text = "\\(" + set.stream().map(p -> network().symbol(p).tex()).collect(Collectors.joining(", ")) + "\\)";
            options.add(new Solution.Option(text, right, right ? "" : whyWrongSet(set, zero, unit)));
        }
        if (options.stream().noneMatch(Solution.Option::correct) || options.size() < 3) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(forwardBelow(top() + 1));
        lines.add(steps.outputError(trace, 0));
        trace.gates().forEach(g -> lines.add(steps.gate(g)));
        trace.gradientList().forEach(g -> lines.add(steps.gradient(trace, g)));
        return Optional.of(new Solution.Choice(options, lines));
    }

    private String whyWrongSet(List<Parameter> set, List<Parameter> zero, UnitTrace dead) {
        if (set.containsAll(zero)) {
            return "too many: " + set.stream().filter(p -> !zero.contains(p)).map(p -> network().symbol(p).plain()).collect(Collectors.joining(", "))
                    + " still get a gradient along a path that avoids " + dead.unit().plain();
        }
        return "too few: " + zero.stream().filter(p -> !set.contains(p)).map(p -> network().symbol(p).plain()).collect(Collectors.joining(", "))
                + " also get 0, since every path from them to the output passes " + dead.unit().plain() + " or multiplies by its activation 0";
    }

    /** @return the choice "why are they zero?" for the dead unit */
    Optional<Solution.Choice> whyZero() {
        return deadUnit().map(dead -> {
            String unit = "\\(" + dead.unit().tex() + "\\)";
            return new Solution.Choice(List.of(
                    Solution.Option.right("the pre-activation of " + unit + " is \\(\\le 0\\), so its ReLU derivative is 0 and the chain rule "
                            + "multiplies every path through it by 0"),
                    Solution.Option.wrong("\\(\\Delta = 0\\): the output is already right", "Δ is not 0 here; the gate, not the error, stops the gradient"),
                    Solution.Option.wrong("the learning rate is too small for the gradient to show", "α scales a step; it does not make a gradient 0"),
                    Solution.Option.wrong("the weights into " + unit + " are negative",
                            "negative weights are fine; it is the sign of the whole pre-activation that counts")),
                    List.of(steps.gate(dead)));
        });
    }
}
