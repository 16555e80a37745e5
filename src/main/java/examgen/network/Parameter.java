package examgen.network;

/**
 * One trainable number of a network: the weight from {@code source} into {@code unit} of
 * {@code layer}, or that unit's bias ({@code source} is then -1). Layers count from 0, the first
 * layer after the inputs.
 */
public record Parameter(Kind kind, int layer, int unit, int source) {

    public enum Kind { WEIGHT, BIAS }

    public static Parameter weight(int layer, int unit, int source) {
        return new Parameter(Kind.WEIGHT, layer, unit, source);
    }

    public static Parameter bias(int layer, int unit) {
        return new Parameter(Kind.BIAS, layer, unit, -1);
    }

    public boolean isBias() {
        return kind == Kind.BIAS;
    }
}
