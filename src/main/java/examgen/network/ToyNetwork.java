package examgen.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import examgen.numeric.Real;

/**
 * The 2-2-1 ReLU network of the notes (slides 21–41) without biases: {@code w1 = 0.11},
 * {@code w2 = 0.12}, {@code w3 = 0.21}, {@code w4 = 0.08}, {@code w5 = 0.14}, {@code w6 = 0.15},
 * inputs {@code x1 = 2}, {@code x2 = 3}, label {@code y = 1} and rate {@code α = 0.1}.
 */
public final class ToyNetwork {

    public static final List<Integer> SHAPE = List.of(2, 2, 1);

    private ToyNetwork() {
    }

    public static Network network() {
        return Network.of(SHAPE, List.of(Activation.RELU, Activation.RELU),
                numbers("0.11", "0.12", "0.21", "0.08", "0.14", "0.15"), Optional.empty());
    }

    public static Example example() {
        return Example.of(numbers("2", "3"), Real.of(1));
    }

    public static Real learningRate() {
        return Real.parse("0.1");
    }

    private static List<Real> numbers(String... values) {
        return Arrays.stream(values).map(Real::parse).toList();
    }
}
