package examgen.cli;

import java.util.List;

import examgen.network.BatchNorm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batchnorm", mixinStandardHelpOptions = true,
        description = "Batch normalisation of a mini-batch: μ_B, σ_B (population: divide by m) and (a − μ_B)/√(σ_B² + ε).")
final class BatchNormCommand extends Calculator {

    @Parameters(paramLabel = "A", arity = "1..*", description = "The activations of the mini-batch.")
    private List<String> activations;

    @Option(names = "--epsilon", defaultValue = "0", paramLabel = "ε", description = "Added under the root (default: 0).")
    private String epsilon;

    @Override
    void solve() {
        BatchNorm norm = BatchNorm.of(numbers("A", activations), number("--epsilon", epsilon));
        out().println("μ_B" + NUMBERS.result(norm.mean()) + ", σ_B²" + NUMBERS.result(norm.variance())
                + ", σ_B = √(σ_B² + ε)" + NUMBERS.result(norm.standardDeviation()));
        out().println("(" + BatchNorm.CONVENTION + ")");
        for (int i = 0; i < norm.activations().size(); i++) {
            out().println("  " + NUMBERS.of(norm.activations().get(i)) + " → " + NUMBERS.of(norm.normalised().get(i)));
        }
    }
}
