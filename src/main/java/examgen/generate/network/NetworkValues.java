package examgen.generate.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** @return the printable values of a mini-batch question: example k's inputs {@code x1_k, x2_k, …} and label {@code y_k} */
    static Map<String, Object> ofBatch(Network network, List<Example> examples, boolean withTargets, Real learningRate) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int k = 1; k <= examples.size(); k++) {
            Example example = examples.get(k - 1);
            for (int i = 0; i < example.inputs().size(); i++) {
                values.put("x" + (i + 1) + "_" + k, example.inputs().get(i));
            }
            if (withTargets) {
                values.put("y_" + k, example.targets().get(0));
            }
        }
        for (Parameter p : network.parameters()) {
            values.put(network.symbol(p).plain(), network.value(p));
        }
        if (learningRate != null) {
            values.put("alpha", learningRate);
        }
        values.put("shape", network.shape());
        return values;
    }

    /** @return the structured data of a mini-batch question: its examples, each with its input and, when used, its label */
    static Map<String, Object> dataOfBatch(Network network, List<Example> examples, boolean withTargets, Real learningRate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("network", network);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (Example example : examples) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("input", example.inputs());
            if (withTargets) {
                e.put("target", example.targets());
            }
            batch.add(e);
        }
        data.put("examples", batch);
        if (learningRate != null) {
            data.put("learningRate", learningRate);
        }
        return data;
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
