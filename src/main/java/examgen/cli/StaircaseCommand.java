package examgen.cli;

import java.util.List;

import examgen.approx.Staircase;
import examgen.network.Activation;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "staircase", mixinStandardHelpOptions = true,
        description = "The 2k hidden units and output weights of a k-piece staircase over [A, B], each piece at the target's "
                + "midpoint value, or of a bump of height ℓ; its values with hard steps and with sigmoids, and its error.")
final class StaircaseCommand extends Calculator {

    private static final int GRID_POINTS = 201;
    /** Its error is found at every grid point through every unit: 100 pieces take seconds, 1000 most of a minute. */
    private static final int MAX_PIECES = 100;

    static final class Shape {
        @Option(names = "--target", paramLabel = "C0,C1,…", description = "A polynomial target, lowest power first: 0,0,1 is x².")
        String target;

        @Option(names = "--height", paramLabel = "ℓ", description = "The height of a bump (one piece).")
        String height;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Shape shape;

    @Option(names = "--from", required = true, paramLabel = "A")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "B")
    private String to;

    @Option(names = "--pieces", defaultValue = "1", paramLabel = "K", description = "Flat pieces, at most " + MAX_PIECES
            + " (default: ${DEFAULT-VALUE}).")
    private int pieces;

    @Option(names = "--steepness", defaultValue = "1000", paramLabel = "W", description = "Hidden weight of every step (default: ${DEFAULT-VALUE}).")
    private String steepness;

    @Option(names = "--at", paramLabel = "X", split = ",", description = "Points at which to evaluate the network.")
    private List<String> at;

    @Override
    void solve() {
        Polynomial function = shape.target != null
                ? new Polynomial(commaNumbers("--target", shape.target))
                : new Polynomial(List.of(number("--height", shape.height)));
        Real a = number("--from", from);
        Real b = number("--to", to);
        Real w = number("--steepness", steepness);
        UsageException.requireWithin("--pieces", pieces, 1, MAX_PIECES);
        Staircase hard = Staircase.approximating(function, a, b, pieces, Activation.STEP, w);
        Staircase soft = Staircase.approximating(function, a, b, pieces, Activation.SIGMOID, w);
        out().println(hard.hiddenUnits() + " hidden units (2 per piece), each σ(w·x − w·s) with w = " + NUMBERS.of(w) + ":");
        for (int i = 0; i < hard.pieces().size(); i++) {
            Staircase.Piece p = hard.pieces().get(i);
            out().println("  piece " + (i + 1) + " over [" + FRACTIONS.of(p.start()) + ", " + FRACTIONS.of(p.end()) + "] at ℓ = "
                    + FRACTIONS.of(p.height()) + ": s = " + FRACTIONS.of(p.start()) + " with output weight "
                    + FRACTIONS.of(p.height()) + ", s = " + FRACTIONS.of(p.end()) + " with output weight " + FRACTIONS.of(p.height().negate()));
        }
        for (Real x : numbers("--at", at)) {
            String target = shape.target != null ? "; target" + NUMBERS.result(function.at(x)) : "";
            out().println("  ŷ(" + NUMBERS.of(x) + "): hard steps" + NUMBERS.result(hard.valueAt(x)) + ", sigmoids"
                    + NUMBERS.result(soft.valueAt(x)) + target);
        }
        if (shape.target != null) {
            out().println("largest |target − ŷ| on " + GRID_POINTS + " grid points: hard steps"
                    + NUMBERS.result(hard.maxError(function, GRID_POINTS).value())
                    + ", sigmoids" + NUMBERS.result(soft.maxError(function, GRID_POINTS).value()));
        }
    }
}
