package examgen.generate.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import examgen.generate.Generator;
import examgen.generate.ParamSpec;
import examgen.generate.ParameterProblem;
import examgen.generate.Parameters;
import examgen.generate.Reject;
import examgen.generate.Solution;
import examgen.generate.Solved;
import examgen.generate.Table;
import examgen.network.BackpropTrace;
import examgen.network.BatchStep;
import examgen.network.ForwardTrace;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.SgdStep;
import examgen.network.Symbol;
import examgen.network.UnitTrace;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;
import examgen.random.ValueSource;

/**
 * The one network question kind: a network of any shape within {@link NetworkShape}'s limits, any
 * activation per layer, biases per layer, every number drawn or fixed, drawn under conditions, and
 * any {@link Quantity} of it asked by name. Every answer, worked solution and modelled mistake is
 * derived from the network and the quantity; a bank file holds only the question's words.
 */
public final class NetworkQuestionGenerator implements Generator {

    public static final String ID = "network";
    /** A mini-batch worked by hand: each example's gradients are worked out before their mean. */
    static final int MOST_EXAMPLES = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.text("shape", "the layer widths, inputs first: 2-2-1, 3-2-1, 2-2-2-1, 3-3-2-1", "2-2-1"),
                ParamSpec.words("activations", "one activation per layer after the inputs, or one for all: relu, sigmoid, tanh, identity", "relu"),
                ParamSpec.words("biases", "whether each layer after the inputs has biases, or one answer for all", "false"),
                ParamSpec.values("weights", "every weight, drawn, or all written out in the notes' order (w1, w2, …)",
                        DecimalRange.of("-0.5", "0.5", 2)),
                ParamSpec.values("bias-values", "every bias, drawn, or all written out in order (b1, b2, …); drawn like the weights "
                        + "when left out, 0 allowed", DecimalRange.of("-0.5", "0.5", 2).allowingZero()),
                ParamSpec.values("inputs", "the inputs x1, x2, …", DecimalRange.of("1", "4", 0)),
                ParamSpec.values("targets", "the label y", DecimalRange.of("0", "1", 1).allowingZero()),
                ParamSpec.values("alpha", "the learning rate α", DecimalRange.of("0.1", "0.5", 1)),
                ParamSpec.integer("examples", "how many examples the step takes: 1 for an SGD step, 2 to " + MOST_EXAMPLES
                        + " for a mini-batch (the mean error, the mean gradient)", 1, 1, MOST_EXAMPLES),
                ParamSpec.words("conditions", "what the drawn network must do: all-active, dead <unit>, output-inactive, kink <unit>, "
                        + "descends, any", "all-active"));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("z_<unit>", "a unit's pre-activation: z_h1, z_h1_2 (unit 1 of hidden layer 2), z_yhat");
        answers.put("<unit>", "a unit's activation: h1, h2_1, yhat");
        answers.put("gate_<unit>", "whether a ReLU unit is active");
        answers.put("loss", "the error E = ½(y − ŷ)²");
        answers.put("delta", "Δ = ŷ − y");
        answers.put("overshoot", "what the sign of Δ says");
        answers.put("delta_<unit>", "a unit's error signal δ = ∂E/∂z");
        answers.put("dE_d<parameter>", "a gradient: dE_dw5, dE_db2");
        answers.put("<parameter>_new", "a weight or bias after one SGD step: w5_new, b2_new");
        answers.put("yhat_new", "ŷ after the step");
        answers.put("loss_new", "the error after the step");
        answers.put("zero_gradients", "which gradients a dead unit makes 0 (needs dead <unit>)");
        answers.put("why_zero", "why they are 0 (needs dead <unit>)");
        return answers;
    }

    @Override
    public Map<String, String> answers(Parameters parameters) {
        Map<String, String> answers = new LinkedHashMap<>();
        Network skeleton = shape(parameters).skeleton();
        boolean dead = conditions(parameters, skeleton).hasDeadUnit();
        Quantity.all(skeleton, parameters.integer("examples")).forEach((key, q) -> {
            boolean needsDead = q.kind() == Quantity.Kind.ZERO_GRADIENTS || q.kind() == Quantity.Kind.WHY_ZERO;
            if (dead || !needsDead) {
                answers.put(key, q.description());
            }
        });
        return answers;
    }

    /** The notes' slide-41 table: a row per weight and bias, its gradient and its value after one SGD step. */
    public static final String SLIDE_41 = "slide-41";

    @Override
    public Map<String, Table> tables(Parameters parameters) {
        Network skeleton = shape(parameters).skeleton();
        List<Table.Row> rows = new ArrayList<>();
        for (Parameter p : skeleton.parameters()) {
            Symbol symbol = skeleton.symbol(p);
            rows.add(new Table.Row("\\(" + symbol.tex() + "\\)", List.of(
                    new Table.Cell("dE_d" + symbol.plain(), "Compute \\(\\partial E / \\partial " + symbol.tex() + "\\)."),
                    new Table.Cell(symbol.plain() + "_new", "Compute \\(" + symbol.tex() + "'\\), after one SGD step."))));
        }
        return Map.of(SLIDE_41, new Table(List.of("\\(\\partial E / \\partial p\\)", "\\(p' = p - \\alpha \\cdot \\partial E / \\partial p\\)"), rows));
    }

    @Override
    public List<ParameterProblem> check(Parameters p) {
        List<ParameterProblem> problems = new ArrayList<>();
        Optional<NetworkShape> read = NetworkShape.read(p, problems);
        if (read.isEmpty()) {
            return problems;
        }
        NetworkShape shape = read.get();
        Network skeleton = shape.skeleton();
        requireCount(p, "weights", shape.weightCount(), "weights w1 … w" + shape.weightCount(), problems);
        if (p.isGiven("bias-values")) {
            if (shape.biasCount() == 0) {
                problems.add(new ParameterProblem("bias-values", "the network has no biases: set biases: true, or remove bias-values"));
            }
            requireCount(p, "bias-values", shape.biasCount(), "biases b1 … b" + shape.biasCount(), problems);
        }
        int examples = p.integer("examples");
        requireCount(p, "inputs", shape.widths().get(0) * examples, examples == 1 ? "inputs" : "inputs, example by example", problems);
        requireCount(p, "targets", examples, examples == 1 ? "label" : "labels, one per example", problems);
        requireCount(p, "alpha", 1, "learning rate", problems);
        Conditions.read(p.texts("conditions"), skeleton, problems).filter(c -> examples > 1 && c.hasDeadUnit()).ifPresent(c ->
                problems.add(new ParameterProblem(Conditions.PARAMETER, "a mini-batch is drawn all-active, descends or any: "
                        + "a dead or kinked unit is asked of one example (examples: 1)")));
        return problems;
    }

    private static void requireCount(Parameters p, String name, int count, String what, List<ParameterProblem> problems) {
        if (p.values(name) instanceof ValueSource.Fixed fixed && fixed.values().size() != count) {
            problems.add(new ParameterProblem(name, "the question has " + count + " " + what + ": write " + count + " number"
                    + (count == 1 ? "" : "s") + ", or a range {min: …, max: …, places: …}; got " + fixed.values().size()));
        }
    }

    private static NetworkShape shape(Parameters p) {
        List<ParameterProblem> problems = new ArrayList<>();
        return NetworkShape.read(p, problems).orElseThrow(() -> new IllegalArgumentException(problems.get(0).message()));
    }

    private static Conditions conditions(Parameters p, Network skeleton) {
        List<ParameterProblem> problems = new ArrayList<>();
        return Conditions.read(p.texts("conditions"), skeleton, problems)
                .orElseThrow(() -> new IllegalArgumentException(problems.get(0).message()));
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        NetworkShape shape = shape(p);
        return generate(p, draw, Quantity.all(shape.skeleton(), p.integer("examples")).keySet());
    }

    @Override
    public Solved generate(Parameters p, Draw draw, Set<String> asked) {
        NetworkShape shape = shape(p);
        int examples = p.integer("examples");
        Map<String, Quantity> all = Quantity.all(shape.skeleton(), examples);
        List<Quantity> quantities = asked.stream().map(all::get).filter(q -> q != null).toList();
        Conditions conditions = conditions(p, shape.skeleton());
        boolean usesTarget = conditions.descends() || quantities.stream().anyMatch(q -> q.kind().needsTarget());
        boolean usesRate = conditions.descends() || quantities.stream().anyMatch(q -> q.kind().needsRate());
        ValueSource biases = p.isGiven("bias-values") ? p.values("bias-values") : biasesLike(p.values("weights"));
        NetworkDraws.Drawn drawn = NetworkDraws.draw(draw, shape,
                new NetworkDraws.Sources(p.values("weights"), biases, p.values("inputs"), p.values("targets")), conditions, usesTarget, examples);
        Real rate = usesRate ? p.values("alpha").take(draw, 1).get(0) : null;
        Map<String, Solution> solutions = new LinkedHashMap<>();
        if (examples > 1) {
            BatchAnswers batch = new BatchAnswers(drawn.network(), drawn.examples(), rate);
            if (conditions.descends()) {
                requireDescent(batch);
            }
            for (Quantity q : quantities) {
                solve(q, batch).ifPresent(s -> solutions.put(q.key(), s));
            }
            return new Solved(NetworkValues.ofBatch(drawn.network(), drawn.examples(), usesTarget, rate),
                    NetworkValues.dataOfBatch(drawn.network(), drawn.examples(), usesTarget, rate), solutions);
        }
        NetworkAnswers answers = new NetworkAnswers(drawn.network(), drawn.example());
        SgdStep step = rate == null ? null : answers.step(rate);
        if (conditions.descends()) {
            requireDescent(step.before().forward(), step.forwardAfter(), step.lossAfter().compareTo(step.before().loss()) < 0);
        }
        for (Quantity q : quantities) {
            solve(q, answers, step).ifPresent(s -> solutions.put(q.key(), s));
        }
        Real target = usesTarget ? drawn.example().targets().get(0) : null;
        return new Solved(NetworkValues.of(drawn.network(), drawn.example(), target, rate),
                NetworkValues.data(drawn.network(), drawn.example(), target, rate), solutions);
    }

    /** Biases drawn from the weights' range, 0 allowed: a bias of 0 is a unit without one, not a degenerate question. */
    private static ValueSource biasesLike(ValueSource weights) {
        return weights instanceof ValueSource.Drawn drawn ? new ValueSource.Drawn(drawn.range().allowingZero())
                : new ValueSource.Drawn(DecimalRange.of("-0.5", "0.5", 2).allowingZero());
    }

    /** @throws Reject unless the step lowers the error and switches no ReLU unit on or off */
    private static void requireDescent(ForwardTrace before, ForwardTrace after, boolean lowered) {
        List<UnitTrace> unitsBefore = before.layers().stream().flatMap(List::stream).toList();
        List<UnitTrace> unitsAfter = after.layers().stream().flatMap(List::stream).toList();
        for (int i = 0; i < unitsBefore.size(); i++) {
            if (unitsBefore.get(i).function().isGated() && unitsBefore.get(i).isActive() != unitsAfter.get(i).isActive()) {
                throw new Reject("descends: the step switches no unit on or off", Conditions.PARAMETER);
            }
        }
        if (!lowered) {
            throw new Reject("descends: the step lowers the error", Conditions.PARAMETER);
        }
    }

    /** @throws Reject unless the batch step lowers the mean error and switches no ReLU unit on or off on any example */
    private static void requireDescent(BatchAnswers batch) {
        BatchStep step = batch.step();
        boolean lowered = step.meanLossAfter().compareTo(step.meanLossBefore()) < 0;
        for (BackpropTrace trace : step.perExample()) {
            requireDescent(trace.forward(), step.after().forward(trace.example().inputs()), lowered);
        }
    }

    /** @return a mini-batch's quantity: the batch's from its means and step, one example's from that example alone */
    private static Optional<Solution> solve(Quantity q, BatchAnswers batch) {
        if (q.ofTheBatch()) {
            return Optional.of(switch (q.kind()) {
                case LOSS -> batch.loss();
                case GRADIENT -> batch.gradient(q.parameter());
                case UPDATED -> batch.update(q.parameter());
                case LOSS_AFTER -> batch.lossAfter();
                default -> throw new IllegalStateException(q.key() + " is asked of one example");
            });
        }
        NetworkAnswers example = batch.example(q.example());
        if (q.kind() == Quantity.Kind.OUTPUT_AFTER) {
            return Optional.of(example.outputAfter(batch.step().after().forward(example.trace().example().inputs())));
        }
        return solve(q, example, null);
    }

    private static Optional<Solution> solve(Quantity q, NetworkAnswers answers, SgdStep step) {
        return switch (q.kind()) {
            case PRE_ACTIVATION -> Optional.of(answers.preActivation(q.layer(), q.unit()));
            case ACTIVATION -> Optional.of(answers.activation(q.layer(), q.unit()));
            case GATE -> Optional.of(answers.gate(q.layer(), q.unit()));
            case UNIT_DELTA -> Optional.of(answers.unitDelta(q.layer(), q.unit()));
            case LOSS -> Optional.of(answers.loss());
            case OUTPUT_ERROR -> Optional.of(answers.delta());
            case OVERSHOOT -> Optional.of(answers.overshoot());
            case GRADIENT -> Optional.of(answers.gradient(q.parameter()));
            case UPDATED -> Optional.of(answers.update(q.parameter(), step));
            case OUTPUT_AFTER -> Optional.of(answers.outputAfter(step));
            case LOSS_AFTER -> Optional.of(answers.lossAfter(step));
            case ZERO_GRADIENTS -> answers.zeroGradients().map(Solution.class::cast);
            case WHY_ZERO -> answers.whyZero().map(Solution.class::cast);
        };
    }
}
