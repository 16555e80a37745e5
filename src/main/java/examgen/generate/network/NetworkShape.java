package examgen.generate.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import examgen.generate.ParameterProblem;
import examgen.generate.Parameters;
import examgen.network.Activation;
import examgen.network.Network;
import examgen.numeric.Real;

/**
 * The architecture a network question asks about: layer widths, an activation per layer and
 * whether each layer has biases, read from the bank and held to what a student can work by hand.
 *
 * <p>The limits: at most {@value #MAX_HIDDEN_LAYERS} hidden layers (the notes' deepest network, slide 42, has
 * three), at most {@value #MAX_WIDTH} units a layer, one output (Δ is the notes' error of one output), at most
 * {@value #MAX_PARAMETERS} weights and biases (a slide-41 table of 40 rows fills a page), and at most
 * {@value #MAX_PATHS} chain-rule paths from a first-layer unit to the output (each path is a product written out
 * in the worked solution; eight already make a line of working that wraps three times).
 */
public record NetworkShape(List<Integer> widths, List<Activation> activations, List<Boolean> biases) {

    public static final int MAX_HIDDEN_LAYERS = 3;
    public static final int MAX_WIDTH = 4;
    public static final int MAX_PARAMETERS = 40;
    public static final int MAX_PATHS = 8;

    public NetworkShape {
        widths = List.copyOf(widths);
        activations = List.copyOf(activations);
        biases = List.copyOf(biases);
    }

    /** @return the shape the parameters describe, or empty after adding what is wrong with it to {@code problems} */
    static Optional<NetworkShape> read(Parameters p, List<ParameterProblem> problems) {
        int before = problems.size();
        List<Integer> widths = widths(p.text("shape"), problems);
        // with the shape wrong the counts cannot be checked, but each activation and flag still can
        int layers = problems.size() > before ? -1 : widths.size() - 1;
        List<Activation> activations = new ArrayList<>();
        List<String> names = p.texts("activations");
        if (layers > 0 && names.size() != 1 && names.size() != layers) {
            problems.add(new ParameterProblem("activations", "shape " + p.text("shape") + " has " + layers + " layers after the inputs: give "
                    + layers + " activations, one per layer, or one for them all; got " + names.size()));
        }
        for (String name : names) {
            try {
                Activation activation = Activation.parse(name);
                if (activation == Activation.STEP) {
                    throw new IllegalArgumentException("the step has no gradient to propagate; use relu, sigmoid, tanh or identity");
                }
                activations.add(activation);
            } catch (IllegalArgumentException e) {
                problems.add(new ParameterProblem("activations", e.getMessage().replace("step, ", "").replace(", step", "")));
            }
        }
        List<Boolean> biases = new ArrayList<>();
        List<String> flags = p.texts("biases");
        if (layers > 0 && flags.size() != 1 && flags.size() != layers) {
            problems.add(new ParameterProblem("biases", "give true or false for every layer after the inputs (" + layers + " of them), or one for "
                    + "them all; got " + flags.size()));
        }
        for (String flag : flags) {
            switch (flag.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> biases.add(true);
                case "false", "no" -> biases.add(false);
                default -> problems.add(new ParameterProblem("biases", "expected true or false, got '" + flag + "'"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        NetworkShape shape = new NetworkShape(widths, spread(activations, layers), spread(biases, layers));
        if (shape.weightCount() + shape.biasCount() > MAX_PARAMETERS) {
            problems.add(new ParameterProblem("shape", "shape " + p.text("shape") + " has " + (shape.weightCount() + shape.biasCount())
                    + " weights and biases; a question worked by hand may have at most " + MAX_PARAMETERS));
            return Optional.empty();
        }
        return Optional.of(shape);
    }

    private static <T> List<T> spread(List<T> given, int layers) {
        return given.size() == layers ? given : Collections.nCopies(layers, given.get(0));
    }

    private static List<Integer> widths(String text, List<ParameterProblem> problems) {
        List<Integer> widths = new ArrayList<>();
        for (String part : text.strip().split("-", -1)) {
            if (!part.matches("[1-9]")) {
                problems.add(new ParameterProblem("shape", "write the layer widths, inputs first, between hyphens, each from 1 to "
                        + MAX_WIDTH + ", e.g. 2-2-1 or 3-3-2-1; got '" + text + "'"));
                return widths;
            }
            widths.add(Integer.valueOf(part));
        }
        if (widths.size() < 3 || widths.size() > MAX_HIDDEN_LAYERS + 2) {
            problems.add(new ParameterProblem("shape", "a network question has inputs, 1 to " + MAX_HIDDEN_LAYERS
                    + " hidden layers and an output, e.g. 2-2-1 or 3-3-2-1; got '" + text + "'"));
        } else if (widths.get(widths.size() - 1) != 1) {
            problems.add(new ParameterProblem("shape", "the output layer has one unit (ŷ, with Δ = ŷ − y as in the notes); got '" + text + "'"));
        } else if (widths.stream().anyMatch(w -> w > MAX_WIDTH)) {
            problems.add(new ParameterProblem("shape", "each layer has at most " + MAX_WIDTH + " units, to be worked by hand; got '" + text + "'"));
        } else {
            int paths = widths.subList(2, widths.size()).stream().reduce(1, (a, b) -> a * b);
            if (paths > MAX_PATHS) {
                problems.add(new ParameterProblem("shape", "shape '" + text + "' has " + paths + " chain-rule paths from a first-layer unit to the "
                        + "output; at most " + MAX_PATHS + " can be written out by hand (narrow the later hidden layers)"));
            }
        }
        return widths;
    }

    /** @return the shape as written: {@code 2-2-1} */
    public String text() {
        return widths.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    public int weightCount() {
        return Network.weightCount(widths);
    }

    /** @return how many units have a bias */
    public int biasCount() {
        int count = 0;
        for (int l = 1; l < widths.size(); l++) {
            count += biases.get(l - 1) ? widths.get(l) : 0;
        }
        return count;
    }

    /**
     * @param weights every weight in the notes' order
     * @param biasValues the biases of the layers that have them, in order
     * @return the network with these numbers
     */
    public Network network(List<Real> weights, List<Real> biasValues) {
        return Network.layered(widths, activations, biases, weights, biasValues);
    }

    /** @return a network of this shape with every number 0: its names are the question's */
    public Network skeleton() {
        Real[] zeros = new Real[Math.max(weightCount(), biasCount())];
        Arrays.fill(zeros, Real.ZERO);
        return network(Arrays.asList(zeros).subList(0, weightCount()), Arrays.asList(zeros).subList(0, biasCount()));
    }
}
