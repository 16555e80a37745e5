package examgen.cli;

import java.util.List;

import examgen.approx.StepUnit;
import examgen.numeric.Real;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "step", mixinStandardHelpOptions = true,
        description = "A sigmoid step unit σ(w·x + b): give two of --weight, --bias and --threshold (s = −b/w).")
final class StepCommand extends Calculator {

    @Option(names = "--weight", paramLabel = "W")
    private String weight;

    @Option(names = "--bias", paramLabel = "B")
    private String bias;

    @Option(names = "--threshold", paramLabel = "S")
    private String threshold;

    @Option(names = "--at", paramLabel = "X", split = ",", description = "Points at which to evaluate the unit.")
    private List<String> at;

    @Override
    void solve() {
        StepUnit unit = unit();
        out().println("w = " + FRACTIONS.of(unit.weight()) + ", b = " + FRACTIONS.of(unit.bias()) + ", s = −b/w = "
                + FRACTIONS.of(unit.threshold()));
        out().println("it climbs from 0.01 to 0.99 over a width of 2·ln(99)/|w|" + NUMBERS.result(unit.transitionWidth()));
        for (Real x : numbers("--at", at)) {
            out().println("  σ(w·" + NUMBERS.factor(x) + " + b)" + NUMBERS.result(unit.valueAt(x)));
        }
    }

    private StepUnit unit() {
        if (weight != null && bias != null) {
            return new StepUnit(number("--weight", weight), number("--bias", bias));
        }
        if (threshold != null && bias != null) {
            return StepUnit.withThresholdAndBias(number("--threshold", threshold), number("--bias", bias));
        }
        if (threshold != null && weight != null) {
            return StepUnit.withThresholdAndWeight(number("--threshold", threshold), number("--weight", weight));
        }
        throw new UsageException("give two of --weight, --bias and --threshold");
    }
}
