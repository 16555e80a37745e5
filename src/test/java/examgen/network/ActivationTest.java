package examgen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import examgen.numeric.Real;

/** A derivative taken from the unit's activation is the derivative taken from its pre-activation, to the last digit. */
class ActivationTest {

    @Test
    void theDerivativeFromTheActivationIsTheDerivativeFromZ() {
        for (Activation activation : Activation.values()) {
            for (String z : new String[] {"0", "0.58", "-0.58", "3.7", "-12", "1/3"}) {
                Real at = Real.parse(z);
                assertEquals(activation.derivative(at), activation.derivative(at, activation.apply(at)), activation + " at " + z);
            }
        }
    }

    @Test
    void theSigmoidsDerivativeIsAQuarterAtZeroAndSigmaTimesOneMinusSigma() {
        assertEquals(Real.of(1, 4), Activation.SIGMOID.derivative(Real.ZERO, Real.of(1, 2)));
        Real a = Activation.SIGMOID.apply(Real.parse("0.58"));
        assertEquals(a.subtract(a.multiply(a)), Activation.SIGMOID.derivative(Real.parse("0.58"), a));
    }
}
