package examgen.generate;

import static examgen.generate.Lines.f;
import static examgen.generate.Lines.is;
import static examgen.generate.Lines.math;
import static examgen.generate.Lines.n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import examgen.network.Activation;
import examgen.network.VanishingChain;
import examgen.numeric.DisplayRule;
import examgen.numeric.Functions;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.Draw;

/**
 * Family 11: the sigmoid derivative and vanishing gradients — σ′ at a point, the product of the
 * factors along a chain of sigmoid units for given weights, the bound 0.25^L, and the same chain
 * with ReLU.
 */
final class VanishingGenerator implements Generator {

    private static final DisplayRule FIGURES = DisplayRule.significantFigures(3);

    @Override
    public String id() {
        return "vanishing";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.integer("units", "the units in the chain; L = units − 1 factors", 4, 3, 10),
                ParamSpec.range("weights", "the range of the chain's weights (positive, so the ReLU chain stays alive)",
                        DecimalRange.of("0.5", "1.5", 1)),
                ParamSpec.range("input", "the range of the input x (positive)", DecimalRange.of("0.1", "1", 1)),
                ParamSpec.range("point", "the range of the point at which σ and σ′ are asked", DecimalRange.of("-3", "3", 1)));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("sigma", "σ(z) at the point");
        answers.put("sigma_prime", "σ′(z) = σ(z)(1 − σ(z)) at the point");
        answers.put("chain_product", "the product of the sigmoid chain's factors");
        answers.put("bound", "the bound 0.25^L");
        answers.put("relu_product", "the product of the same chain with ReLU");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        Real z = draw.decimal(p.range("point"));
        Real sigma = Functions.sigmoid(z);
        Real sigmaPrime = Activation.SIGMOID.derivative(z, sigma);
        int units = p.integer("units");
        List<Real> weights = draw.decimals(p.range("weights"), units);
        Real x = draw.decimal(p.range("input"));
        if (weights.stream().anyMatch(w -> w.signum() <= 0) || x.signum() <= 0) {
            throw new IllegalArgumentException("the chain's weights and input must be positive, so the ReLU chain stays alive");
        }
        VanishingChain sigmoidChain = VanishingChain.of(Activation.SIGMOID, x, weights);
        VanishingChain reluChain = VanishingChain.of(Activation.RELU, x, weights);
        int length = sigmoidChain.length();
        Map<String, Solution> solutions = new LinkedHashMap<>();
        String sigmaLine = math("\\sigma(" + n(z) + ") = \\frac{1}{1 + e^{" + n(z.negate()) + "}}" + is(sigma));
        solutions.put("sigma", new Solution.Numeric(sigma, DisplayRule.decimalPlaces(4), List.of(sigmaLine),
                List.of(new Distractor(Mistake.SIGMA_FOR_SIGMA_PRIME, sigmaPrime))));
        solutions.put("sigma_prime", new Solution.Numeric(sigmaPrime, DisplayRule.decimalPlaces(4), List.of(sigmaLine,
                math("\\sigma'(" + n(z) + ") = \\sigma(" + n(z) + ")(1 - \\sigma(" + n(z) + "))" + is(sigmaPrime))),
                List.of(new Distractor(Mistake.SIGMA_FOR_SIGMA_PRIME, sigma))));
        List<String> chainLines = new ArrayList<>();
        for (int l = 1; l <= length; l++) {
            VanishingChain.Link link = sigmoidChain.factors().get(l - 1);
            chainLines.add(math("\\frac{\\partial a_{" + (l + 1) + "}}{\\partial a_{" + l + "}} = \\sigma'(z_{" + (l + 1) + "}) \\cdot w_{"
                    + (l + 1) + "} = " + n(link.derivative()) + " \\cdot " + f(link.weight()) + is(link.value())));
        }
        String product = sigmoidChain.factors().stream().map(l -> f(l.value())).collect(Collectors.joining(" \\cdot "));
        chainLines.add(math("\\prod = " + product + is(sigmoidChain.product())));
        Real withSigma = Real.ONE;
        for (int l = 1; l < units; l++) {
            withSigma = withSigma.multiply(sigmoidChain.forward().unit(l, 0).activation()).multiply(weights.get(l));
        }
        solutions.put("chain_product", new Solution.Numeric(sigmoidChain.product(), FIGURES, chainLines,
                List.of(new Distractor(Mistake.SIGMA_FOR_SIGMA_PRIME, withSigma))));
        Real bound = sigmoidChain.sigmoidBound();
        solutions.put("bound", new Solution.Numeric(bound, FIGURES, List.of("Each of the " + math("L = " + length)
                + " factors has " + math("\\sigma' \\le 0.25") + ", so the derivatives' product is at most " + math("0.25^{" + length + "}"
                + is(bound))), List.of(new Distractor(Mistake.UNITS_FOR_FACTORS, Real.of(1, 4).pow(units)))));
        String reluProduct = reluChain.factors().stream().map(l -> f(l.weight())).collect(Collectors.joining(" \\cdot "));
        solutions.put("relu_product", new Solution.Numeric(reluChain.product(), FIGURES, List.of(
                "Every unit is active (positive input and weights), so each ReLU derivative is 1 and each factor is its weight: "
                        + math("\\prod = " + reluProduct + is(reluChain.product()))),
                List.of(new Distractor(Mistake.SIGMOID_FOR_RELU, sigmoidChain.product()))));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("z", z);
        values.put("x", x);
        values.put("units", units);
        values.put("L", length);
        for (int i = 0; i < units; i++) {
            values.put("w" + (i + 1), weights.get(i));
        }
        values.put("weights", weights);
        Map<String, Object> data = new LinkedHashMap<>(values);
        return new Solved(values, data, solutions);
    }
}
