package examgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import examgen.explain.NumberText;
import examgen.export.Json;
import examgen.export.TraceJson;
import examgen.network.SgdStep;
import examgen.network.Training;
import examgen.numeric.DisplayRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code examgen solve}: every quantity of one SGD step on a network, to check a hand calculation. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        subcommands = {SigmoidCommand.class, ChainCommand.class, BatchNormCommand.class, DescentCommand.class,
            StepCommand.class, StaircaseCommand.class},
        description = {
            "Solve one SGD step on a network exactly: forward pass, loss, Δ, gate decisions, every gradient "
                    + "with its chain-rule factors, the updated weights and the loss after the step.",
            "With no network given it solves the notes' toy network (2-2-1 ReLU, x = (2, 3), y = 1, α = 0.1).",
            "Numbers are exact: write 0.11, -2 or 1/3. Weights go in the notes' order: layer by layer, "
                    + "unit by unit, source by source (w1: x1→h1, w2: x2→h1, w3: x1→h2, …)."},
        footer = {"", "Examples:",
            "  examgen solve",
            "  examgen solve --shape 2-2-1 --weights 0.11,0.12,0.21,0.08,-0.14,0.15 --input 2,3 --target 1",
            "  examgen solve --shape 3-2-1 --activations relu,sigmoid --biases 0.1,0,0.2 \\",
            "                --weights 0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8 --input 1,2,3 --target 0.5 --alpha 0.05",
            "  examgen solve --file net.yaml --json",
            "  examgen solve sigmoid 0 2     (and chain, batchnorm, descent, step, staircase: see their --help)",
            "", "Exit status: 0 solved, 2 bad input (one line says what and where)."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shape", paramLabel = "WIDTHS", description = "Layer widths, inputs first, e.g. 2-2-1.")
    private String shape;

    @Option(names = {"--activations", "--activation"}, paramLabel = "NAMES",
            description = "relu, sigmoid, identity or step: one for every layer, or one per layer after the inputs (default: relu).")
    private String activations;

    @Option(names = "--weights", paramLabel = "NUMBERS", description = "Every weight, comma-separated, in the notes' order.")
    private String weights;

    @Option(names = "--biases", paramLabel = "NUMBERS", description = "One bias per unit after the inputs, or 'none' (default).")
    private String biases;

    @Option(names = "--input", paramLabel = "NUMBERS", description = "The inputs x1, x2, …")
    private String input;

    @Option(names = "--target", paramLabel = "NUMBERS", description = "The label y (one per output).")
    private String target;

    @Option(names = "--alpha", paramLabel = "RATE", description = "The learning rate α.")
    private String alpha;

    @Option(names = "--file", paramLabel = "FILE",
            description = "A YAML file with the fields shape, activations, weights, biases, input, target, alpha; options given as well override it.")
    private Path file;

    @Option(names = "--json", description = "Print JSON (exact values as fractions, decimals as strings) instead of the worked text.")
    private boolean json;

    @Option(names = "--figures", paramLabel = "N", defaultValue = "6",
            description = "Significant figures for values that are not short exact decimals (default: ${DEFAULT-VALUE}).")
    private int figures;

    @Override
    public Integer call() {
        UsageException.requireWithin("--figures", figures, 1, 40);
        NetworkProblem problem = NetworkProblem.from(fields());
        SgdStep step = Training.sgdStep(problem.network(), problem.example(), problem.learningRate());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.write(TraceJson.sgdStep(step)));
        } else {
            new SolveReport(NumberText.plain(DisplayRule.significantFigures(figures), 10), out).print(step);
        }
        out.flush();
        return 0;
    }

    private Map<String, ProblemField> fields() {
        Map<String, ProblemField> fields = file == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ProblemFile.read(file));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("shape", shape);
        options.put("activations", activations);
        options.put("weights", weights);
        options.put("biases", biases);
        options.put("input", input);
        options.put("target", target);
        options.put("alpha", alpha);
        options.forEach((name, text) -> {
            if (text != null) {
                fields.put(name, new ProblemField(text, "--" + name));
            }
        });
        return fields;
    }
}
