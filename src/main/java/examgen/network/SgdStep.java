package examgen.network;

import examgen.numeric.Real;

/**
 * One stochastic-gradient step on one example: {@code p' = p − α·∂E/∂p} for every parameter,
 * with the backprop trace it was computed from and the example's loss after the step.
 */
public record SgdStep(Real learningRate, BackpropTrace before, Network after, ForwardTrace forwardAfter, Real lossAfter) {

    /** @return the parameter's value after the step */
    public Real updated(Parameter parameter) {
        return after.value(parameter);
    }
}
