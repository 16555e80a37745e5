package examgen.cli;

import java.util.List;

import examgen.network.Activation;
import examgen.network.VanishingChain;
import examgen.numeric.Real;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chain", mixinStandardHelpOptions = true,
        description = "The vanishing-gradient chain x → a1 → … → an, a_l = f(w_l·a_(l-1)): the factors "
                + "∂a_(l+1)/∂a_l = f'(z_(l+1))·w_(l+1), their product and the bound 0.25^L, for sigmoid and for ReLU.")
final class ChainCommand extends Calculator {

    @Option(names = "--input", required = true, paramLabel = "X")
    private String input;

    @Option(names = "--weights", required = true, paramLabel = "W1,W2,…", description = "One weight per unit, at least two.")
    private String weights;

    @Override
    void solve() {
        List<Real> w = commaNumbers("--weights", weights);
        Real x = number("--input", input);
        for (Activation activation : List.of(Activation.SIGMOID, Activation.RELU)) {
            VanishingChain chain = VanishingChain.of(activation, x, w);
            out().println(activation.label() + " chain of " + w.size() + " units, L = " + chain.length() + " factors:");
            for (VanishingChain.Link link : chain.factors()) {
                out().println("  " + link.symbol().plain() + " = " + activation.label() + "'(z)·w = " + NUMBERS.of(link.derivative())
                        + "·" + NUMBERS.factor(link.weight()) + NUMBERS.result(link.value()));
            }
            String bound = activation == Activation.SIGMOID
                    ? ", at most 0.25^" + chain.length() + NUMBERS.result(chain.sigmoidBound())
                    : "";
            out().println("  product" + NUMBERS.result(chain.product()) + "; derivatives alone"
                    + NUMBERS.result(chain.derivativeProduct()) + bound);
        }
    }
}
