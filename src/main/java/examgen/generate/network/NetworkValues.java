package examgen.generate.network;

import java.util.LinkedHashMap;
import java.util.Map;

import examgen.network.Example;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.numeric.Real;

/**
 * The values a network question's text may print — {@code x1, x2, …}, {@code w1, w2, …},
 * {@code b1, …}, {@code y} and {@code alpha} — and its structured data for diagrams and exports;
 * the label and the learning rate only when the question asks what needs them, so that its data
 * table holds only what it uses.
 */
final class NetworkValues {

    private NetworkValues() {
    }

    /** @param target the label, or null when unused; @param learningRate α, or null when unused */
    static Map<String, Object> of(Network network, Example example, Real target, Real learningRate) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < example.inputs().size(); i++) {
            values.put("x" + (i + 1), example.inputs().get(i));
        }
        for (Parameter p : network.parameters()) {
            values.put(network.symbol(p).plain(), network.value(p));
        }
        if (target != null) {
            values.put("y", target);
        }
        if (learningRate != null) {
            values.put("alpha", learningRate);
        }
        values.put("shape", network.shape());
        return values;
    }

    /** @return the structured data of a network question, for exports and diagrams */
    static Map<String, Object> data(Network network, Example example, Real target, Real learningRate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("network", network);
        data.put("input", example.inputs());
        if (target != null) {
            data.put("target", example.targets());
        }
        if (learningRate != null) {
            data.put("learningRate", learningRate);
        }
        return data;
    }
}
