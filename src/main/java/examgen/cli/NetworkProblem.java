package examgen.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import examgen.network.Activation;
import examgen.network.Example;
import examgen.network.Network;
import examgen.network.ToyNetwork;
import examgen.numeric.Real;

/**
 * A network, one example and a learning rate, read from the user's fields; anything not given
 * comes from the notes' toy network (2-2-1 ReLU, {@code x = (2, 3)}, {@code y = 1}, {@code α = 0.1}).
 */
record NetworkProblem(Network network, Example example, Real learningRate) {

    /**
     * The largest network solve works: its layers, the units of a layer, its weights. Every quantity is printed, so a
     * network past these is not one to check by hand, and a file could otherwise ask for one that fills the memory.
     */
    static final int MOST_LAYERS = 12;
    static final int MOST_UNITS = 100;
    static final int MOST_WEIGHTS = 10_000;

    /** The field names, as options ({@code --weights}) and as keys of a problem file. */
    static final List<String> FIELDS = List.of("shape", "activations", "weights", "biases", "input", "target", "alpha");

    /**
     * @param fields by name from {@link #FIELDS}; a missing one takes the toy network's value
     * @throws UsageException naming the field and where it was written
     */
    static NetworkProblem from(Map<String, ProblemField> fields) {
        Network toy = ToyNetwork.network();
        boolean ownNetwork = fields.containsKey("shape") || fields.containsKey("weights");
        if (ownNetwork && !(fields.containsKey("shape") && fields.containsKey("weights"))) {
            ProblemField given = fields.getOrDefault("shape", fields.get("weights"));
            throw given.error("give both the shape and the weights of your network (or neither, for the notes' toy network)");
        }
        List<Integer> shape = ownNetwork ? shape(fields.get("shape")) : toy.widths();
        int layers = shape.size() - 1;
        List<Activation> activations = Optional.ofNullable(fields.get("activations"))
                .map(field -> activations(field, layers))
                .orElseGet(() -> Collections.nCopies(layers, Activation.RELU));
        List<Real> weights = ownNetwork ? numbers(fields.get("weights")) : toyWeights(toy);
        Optional<List<Real>> biases = Optional.ofNullable(fields.get("biases"))
                .filter(field -> !field.text().strip().equalsIgnoreCase("none"))
                .map(NetworkProblem::numbers);
        Network network;
        try {
            network = Network.of(shape, activations, weights, biases);
        } catch (IllegalArgumentException e) {
            boolean weightsWrong = weights.size() != Network.weightCount(shape);
            ProblemField blamed = ownNetwork ? fields.get(weightsWrong ? "weights" : "biases") : fields.get("biases");
            throw blamed.error(e.getMessage());
        }
        List<Real> input = Optional.ofNullable(fields.get("input")).map(NetworkProblem::numbers)
                .orElse(ownNetwork ? null : ToyNetwork.example().inputs());
        List<Real> target = Optional.ofNullable(fields.get("target")).map(NetworkProblem::numbers)
                .orElse(ownNetwork ? null : ToyNetwork.example().targets());
        if (input == null || target == null) {
            throw fields.get("shape").error("give the input and the target for your network too (--input, --target)");
        }
        expectCount(fields.get("input"), "inputs", input.size(), network.inputCount());
        expectCount(fields.get("target"), "targets", target.size(), network.outputCount());
        Real alpha = Optional.ofNullable(fields.get("alpha")).map(NetworkProblem::number).orElse(ToyNetwork.learningRate());
        if (alpha.signum() <= 0) {
            throw fields.get("alpha").error(Calculator.notALearningRate(alpha));
        }
        return new NetworkProblem(network, new Example(input, target), alpha);
    }

    private static List<Real> toyWeights(Network toy) {
        return toy.parameters().stream().map(toy::value).toList();
    }

    private static void expectCount(ProblemField field, String what, int given, int wanted) {
        if (field != null && given != wanted) {
            throw field.error("the network takes " + wanted + " " + what + ", got " + given);
        }
    }

    private static List<Integer> shape(ProblemField field) {
        List<Integer> widths = new ArrayList<>();
        String[] parts = field.text().split("[-,x×\\s]+", MOST_LAYERS + 2);
        if (parts.length > MOST_LAYERS) {
            throw field.error("a network solve works has at most " + MOST_LAYERS + " layers, inputs included");
        }
        for (String part : parts) {
            try {
                widths.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw field.error("'" + shortened(field.text()) + "' is not a shape; write the layer widths like 2-2-1");
            }
        }
        if (widths.size() < 2 || widths.stream().anyMatch(w -> w < 1)) {
            throw field.error("'" + field.text() + "' needs at least two layers of at least one unit, like 2-2-1");
        }
        if (widths.stream().anyMatch(w -> w > MOST_UNITS)) {
            throw field.error("'" + field.text() + "' has a layer of more than " + MOST_UNITS + " units, the most solve works");
        }
        if (Network.weightCount(widths) > MOST_WEIGHTS) {
            throw field.error("'" + field.text() + "' has " + Network.weightCount(widths) + " weights; solve works at most " + MOST_WEIGHTS);
        }
        return widths;
    }

    private static List<Activation> activations(ProblemField field, int layers) {
        List<Activation> activations = new ArrayList<>();
        for (String name : items(field)) {
            try {
                activations.add(Activation.parse(name));
            } catch (IllegalArgumentException e) {
                throw field.error(e.getMessage());
            }
        }
        if (activations.size() == 1) {
            return Collections.nCopies(layers, activations.get(0));
        }
        if (activations.size() != layers) {
            throw field.error("give one activation for every layer, or " + layers + " (one per layer after the inputs), got "
                    + activations.size());
        }
        return activations;
    }

    private static List<Real> numbers(ProblemField field) {
        List<String> items = items(field);
        List<Real> numbers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                numbers.add(Real.parse(items.get(i)));
            } catch (NumberFormatException e) {
                throw field.error(e.getMessage() + (items.size() > 1 ? " (item " + (i + 1) + ")" : ""));
            }
        }
        return numbers;
    }

    private static Real number(ProblemField field) {
        List<Real> numbers = numbers(field);
        if (numbers.size() != 1) {
            throw field.error("expected one number, got " + numbers.size());
        }
        return numbers.get(0);
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static List<String> items(ProblemField field) {
        String[] parts = field.text().split(",", MOST_WEIGHTS + 2);
        if (parts.length > MOST_WEIGHTS + 1) {
            throw field.error("more than " + MOST_WEIGHTS + " numbers; solve works networks of at most " + MOST_WEIGHTS + " weights");
        }
        List<String> items = Arrays.stream(parts).map(String::strip).toList();
        if (items.stream().anyMatch(String::isEmpty)) {
            throw field.error("'" + field.text() + "' has an empty item; separate values with single commas");
        }
        return items;
    }
}
