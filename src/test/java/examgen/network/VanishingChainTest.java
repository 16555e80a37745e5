package examgen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import examgen.numeric.DisplayRule;
import examgen.numeric.Functions;
import examgen.numeric.Real;

class VanishingChainTest {

    @Test
    void notesBounds() {
        assertEquals("0.0039", DisplayRule.decimalPlaces(4).format(Real.of(1, 4).pow(4)));
        assertEquals("9.5 × 10⁻⁷", DisplayRule.significantFigures(2).inScientific().format(Real.of(1, 4).pow(10)));
        VanishingChain fiveLayers = VanishingChain.of(Activation.SIGMOID, Real.ONE, Collections.nCopies(5, Real.ONE));
        assertEquals(4, fiveLayers.length());
        assertEquals(Real.of(1, 256), fiveLayers.sigmoidBound());
    }

    @Test
    void factorsAreDerivativeTimesWeightAndObeyTheBound() {
        List<Real> weights = List.of(Real.parse("0.5"), Real.parse("-1.5"), Real.parse("2"), Real.parse("0.8"));
        VanishingChain chain = VanishingChain.of(Activation.SIGMOID, Real.parse("1.2"), weights);
        assertEquals(3, chain.length());
        Real z2 = Real.parse("-1.5").multiply(Functions.sigmoid(Real.parse("0.6")));
        assertEquals(0, Functions.sigmoidDerivative(z2).multiply(Real.parse("-1.5")).compareTo(chain.factors().get(0).value()));
        assertTrue(chain.derivativeProduct().abs().compareTo(chain.sigmoidBound()) <= 0);
        Real weightProduct = Real.parse("-1.5").multiply(Real.parse("2")).multiply(Real.parse("0.8"));
        assertEquals(0, chain.product().compareTo(chain.derivativeProduct().multiply(weightProduct)));
        assertEquals("∂h1,2/∂h1,1", chain.factors().get(0).symbol().plain());
    }

    @Test
    void reluChainKeepsTheWeightsOrDies() {
        List<Real> weights = List.of(Real.parse("0.5"), Real.parse("1.5"), Real.parse("2"));
        VanishingChain relu = VanishingChain.of(Activation.RELU, Real.ONE, weights);
        assertEquals(Real.parse("3"), relu.product());
        VanishingChain dead = VanishingChain.of(Activation.RELU, Real.ONE, List.of(Real.parse("-0.5"), Real.ONE, Real.ONE));
        assertEquals(Real.ZERO, dead.product());
    }
}
