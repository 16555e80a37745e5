package examgen.network;

import java.util.List;

import examgen.numeric.Real;

/** One training example {@code (x, y)}: the inputs and the wanted outputs. */
public record Example(List<Real> inputs, List<Real> targets) {

    public Example {
        inputs = List.copyOf(inputs);
        targets = List.copyOf(targets);
    }

    /** @return an example with a single target, as in the notes */
    public static Example of(List<Real> inputs, Real target) {
        return new Example(inputs, List.of(target));
    }
}
