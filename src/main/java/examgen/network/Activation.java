package examgen.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import examgen.numeric.Functions;
import examgen.numeric.Real;

/** The activation functions of the course, with the derivative conventions of the notes. */
public enum Activation {

    /** {@code max(0, z)}; its derivative is 1 for {@code z > 0} and 0 otherwise, 0 at the kink too. */
    RELU("relu", "ReLU", "\\mathrm{ReLU}", true),
    /** {@code 1 / (1 + e^(-z))}; derivative {@code σ(z)(1 − σ(z)) ≤ 1/4}. */
    SIGMOID("sigmoid", "σ", "\\sigma", false),
    /** {@code tanh z}; derivative {@code 1 − tanh² z ≤ 1}. */
    TANH("tanh", "tanh", "\\tanh", false),
    /** {@code z}; derivative 1. */
    IDENTITY("identity", "id", "\\mathrm{id}", false),
    /** The hard step of the approximation proofs: 1 for {@code z > 0}, 0 otherwise; derivative 0. */
    STEP("step", "step", "\\mathrm{step}", true);

    private final String id;
    private final String label;
    private final String tex;
    private final boolean gated;

    Activation(String id, String label, String tex, boolean gated) {
        this.id = id;
        this.label = label;
        this.tex = tex;
        this.gated = gated;
    }

    /** @return the name used in files and on the command line: {@code relu} */
    public String id() {
        return id;
    }

    /** @return the name as printed: {@code ReLU}, {@code σ} */
    public String label() {
        return label;
    }

    public String tex() {
        return tex;
    }

    /** @return whether the unit is on or off by the strict test {@code z > 0} */
    public boolean isGated() {
        return gated;
    }

    /** @return the activation of a unit whose pre-activation is {@code z} */
    public Real apply(Real z) {
        return switch (this) {
            case RELU -> z.signum() > 0 ? z : Real.ZERO;
            case SIGMOID -> Functions.sigmoid(z);
            case TANH -> Functions.tanh(z);
            case IDENTITY -> z;
            case STEP -> z.signum() > 0 ? Real.ONE : Real.ZERO;
        };
    }

    /** @return the derivative at {@code z}; for ReLU exactly 0 at {@code z = 0}, as the notes set it */
    public Real derivative(Real z) {
        return switch (this) {
            case RELU -> z.signum() > 0 ? Real.ONE : Real.ZERO;
            case SIGMOID -> Functions.sigmoidDerivative(z);
            case TANH -> Real.ONE.subtract(Functions.tanh(z).pow(2));
            case IDENTITY -> Real.ONE;
            case STEP -> Real.ZERO;
        };
    }

    /**
     * @param a the activation at {@code z}, {@code f(z)}
     * @return the derivative at {@code z} from the activation, without working out the exponential again: the
     *     sigmoid's as the notes write it, {@code σ(z)(1 − σ(z))}, and tanh's {@code 1 − tanh²(z)}
     */
    public Real derivative(Real z, Real a) {
        return switch (this) {
            case SIGMOID -> a.multiply(Real.ONE.subtract(a));
            case TANH -> Real.ONE.subtract(a.pow(2));
            default -> derivative(z);
        };
    }

    /**
     * @return the activation named {@code name} ({@code relu}, {@code sigmoid}, {@code tanh},
     *     {@code identity} or {@code linear}, {@code step}), in any case
     * @throws IllegalArgumentException listing the known names
     */
    public static Activation parse(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("linear")) {
            return IDENTITY;
        }
        for (Activation activation : values()) {
            if (activation.id.equals(key)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "' (known: "
                + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")) + ")");
    }
}
