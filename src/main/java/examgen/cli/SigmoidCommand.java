package examgen.cli;

import java.util.List;

import examgen.numeric.Functions;
import examgen.numeric.Real;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sigmoid", mixinStandardHelpOptions = true, description = "σ(x) and σ'(x) = σ(x)(1 − σ(x)) at each point.")
final class SigmoidCommand extends Calculator {

    @Parameters(paramLabel = "X", arity = "1..*", description = "Points, e.g. 0 2 -1.5.")
    private List<String> points;

    @Override
    void solve() {
        for (Real x : numbers("X", points)) {
            out().println("x = " + NUMBERS.of(x) + ": σ(x)" + NUMBERS.result(Functions.sigmoid(x))
                    + ", σ'(x)" + NUMBERS.result(Functions.sigmoidDerivative(x)));
        }
    }
}
