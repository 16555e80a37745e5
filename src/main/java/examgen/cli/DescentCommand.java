package examgen.cli;

import java.util.List;

import examgen.descent.Iterate;
import examgen.descent.LossCurve;
import examgen.descent.Minimum;
import examgen.descent.Outcome;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "descent", mixinStandardHelpOptions = true,
        description = "Gradient descent x ← x − α·L'(x) on a polynomial loss: the first iterates, the local minima, "
                + "and which one descent approaches.")
final class DescentCommand extends Calculator {

    /** Each iterate is a printed line: a mistyped count would print for hours and run out of memory. */
    private static final int MAX_STEPS = 1000;

    @Option(names = "--loss", required = true, paramLabel = "C0,C1,…",
            description = "Coefficients, lowest power first: 0,0.5,-2,0,1 is x⁴ − 2x² + 0.5x.")
    private String coefficients;

    @Option(names = "--start", required = true, paramLabel = "X0")
    private String start;

    @Option(names = "--alpha", required = true, paramLabel = "RATE")
    private String alpha;

    @Option(names = "--steps", defaultValue = "3", paramLabel = "N", description = "Iterates to show, at most " + MAX_STEPS + " (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Override
    void solve() {
        LossCurve curve = new LossCurve(new Polynomial(commaNumbers("--loss", coefficients)));
        Real rate = number("--alpha", alpha);
        if (rate.signum() <= 0) {
            throw new UsageException("--alpha: " + notALearningRate(alpha));
        }
        UsageException.requireWithin("--steps", steps, 0, MAX_STEPS);
        Real x0 = number("--start", start);
        out().println("L(x) = " + curve.loss() + ", L'(x) = " + curve.loss().derivative());
        List<Iterate> iterates = curve.descend(x0, rate, steps);
        for (Iterate it : iterates) {
            out().println("  x" + it.index() + NUMBERS.result(it.x()) + ": L" + NUMBERS.result(it.loss())
                    + ", L'" + NUMBERS.result(it.slope()));
        }
        if (iterates.size() <= steps) {
            out().println("  (x" + (iterates.size() - 1) + " lies beyond ±10^100: the later iterates are left out)");
        }
        for (Minimum m : curve.minima()) {
            out().println("local minimum at x" + NUMBERS.result(m.x()) + ", L" + NUMBERS.result(m.loss()) + (m.global() ? " (global)" : ""));
        }
        Outcome outcome = curve.outcome(x0, rate);
        out().println(switch (outcome.kind()) {
            case CONVERGES -> outcome.minimum()
                    .map(m -> "descent approaches the " + (m.global() ? "global" : "local") + " minimum at x" + NUMBERS.result(m.x()))
                    .orElse("descent settles at x" + NUMBERS.result(outcome.last()));
            case DIVERGES -> curve.boundedBelow() ? "descent diverges: α is too large for this loss"
                    : "descent runs downhill without end: this loss has no lowest point";
            case OSCILLATES -> "descent keeps oscillating without settling";
            case CREEPS -> "descent creeps towards x" + NUMBERS.result(outcome.last()) + " ever more slowly, a flat point where L' and L''"
                    + " are both 0 and no minimum: it has not settled after " + outcome.iterations() + " steps";
        });
    }
}
