package examgen.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import examgen.numeric.Real;

/** Seeded random networks and examples of the small shapes a paper uses, for property tests. */
final class RandomNetworks {

    private static final List<List<Integer>> SHAPES = List.of(
            List.of(2, 2, 1), List.of(3, 2, 1), List.of(2, 3, 1), List.of(1, 2, 1),
            List.of(2, 2, 2, 1), List.of(3, 3, 2), List.of(2, 3, 2, 2));

    private final RandomGenerator random;

    RandomNetworks(long seed) {
        this.random = new MersenneTwister(seed);
    }

    /** @return a network whose hidden layers use {@code hidden} and whose output uses one of {@code outputs} */
    Network network(Activation hidden, List<Activation> outputs) {
        List<Integer> shape = SHAPES.get(random.nextInt(SHAPES.size()));
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l < shape.size() - 1; l++) {
            activations.add(hidden);
        }
        activations.add(outputs.get(random.nextInt(outputs.size())));
        int weights = 0;
        int units = 0;
        for (int l = 1; l < shape.size(); l++) {
            weights += shape.get(l - 1) * shape.get(l);
            units += shape.get(l);
        }
        Optional<List<Real>> biases = random.nextBoolean() ? Optional.of(decimals(units, 100, 2)) : Optional.empty();
        return Network.of(shape, activations, decimals(weights, 100, 2), biases);
    }

    /** @return a network of the shapes a bank question may have, each layer's activation drawn from {@code pool} */
    Network mixed(List<Activation> pool) {
        List<List<Integer>> shapes = List.of(List.of(2, 2, 1), List.of(3, 2, 1), List.of(2, 3, 1), List.of(2, 2, 2, 1),
                List.of(3, 3, 2, 1), List.of(2, 2, 2, 2, 1), List.of(4, 2, 2, 1));
        List<Integer> shape = shapes.get(random.nextInt(shapes.size()));
        List<Activation> activations = new ArrayList<>();
        int weights = 0;
        int units = 0;
        for (int l = 1; l < shape.size(); l++) {
            activations.add(pool.get(random.nextInt(pool.size())));
            weights += shape.get(l - 1) * shape.get(l);
            units += shape.get(l);
        }
        Optional<List<Real>> biases = random.nextBoolean() ? Optional.of(decimals(units, 100, 2)) : Optional.empty();
        return Network.of(shape, activations, decimals(weights, 100, 2), biases);
    }

    Example example(Network network) {
        return new Example(decimals(network.inputCount(), 30, 1), decimals(network.outputCount(), 20, 1));
    }

    /** @return {@code count} decimals with {@code places} places in {@code [-bound, bound]·10^-places} */
    private List<Real> decimals(int count, int bound, int places) {
        List<Real> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long units = random.nextInt(2 * bound + 1) - bound;
            values.add(Real.of(units, (long) Math.pow(10, places)));
        }
        return values;
    }
}
