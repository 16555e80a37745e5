package examgen.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.network.Example;
import examgen.network.Network;
import examgen.network.Parameter;
import examgen.numeric.Real;
import examgen.random.DecimalRange;

/**
 * What every network question shares: its parameters in the bank, and the values its text may
 * print — {@code x1, x2, …}, {@code w1, w2, …}, {@code b1, …}, {@code y} and {@code alpha}.
 */
final class NetworkValues {

    static final ParamSpec WEIGHTS = ParamSpec.range("weights", "the range of every weight and bias", DecimalRange.of("-0.5", "0.5", 2));
    static final ParamSpec INPUTS = ParamSpec.range("inputs", "the range of every input", DecimalRange.of("-3", "3", 0));
    static final ParamSpec TARGETS = ParamSpec.range("targets", "the range of the label y", DecimalRange.of("0", "1", 1));
    static final ParamSpec ALPHA = ParamSpec.range("alpha", "the range of the learning rate α", DecimalRange.of("0.1", "0.5", 1));
    static final ParamSpec BIASES = ParamSpec.flag("biases", "whether the units have biases", false);

    private NetworkValues() {
    }

    static ParamSpec networkCase(String fallback, String... allowed) {
        return ParamSpec.choice("case", "which ReLU units are on", fallback, allowed);
    }

    /** @return the printable values of a network question */
    static Map<String, Object> of(Network network, Example example, Real learningRate) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < example.inputs().size(); i++) {
            values.put("x" + (i + 1), example.inputs().get(i));
        }
        for (Parameter p : network.parameters()) {
            values.put(network.symbol(p).plain(), network.value(p));
        }
        List<Real> targets = example.targets();
        if (targets.size() == 1) {
            values.put("y", targets.get(0));
        } else {
            for (int o = 0; o < targets.size(); o++) {
                values.put("y" + (o + 1), targets.get(o));
            }
        }
        if (learningRate != null) {
            values.put("alpha", learningRate);
        }
        values.put("shape", network.shape());
        return values;
    }

    /** @return the structured data of a network question, for exports and diagrams */
    static Map<String, Object> data(Network network, Example example, Real learningRate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("network", network);
        data.put("input", example.inputs());
        data.put("target", example.targets());
        if (learningRate != null) {
            data.put("learningRate", learningRate);
        }
        return data;
    }
}
