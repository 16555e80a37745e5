package examgen.export;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import examgen.network.BackpropTrace;
import examgen.network.Factor;
import examgen.network.Gradient;
import examgen.network.Layer;
import examgen.network.Network;
import examgen.network.SgdStep;
import examgen.network.UnitTrace;
import examgen.numeric.Real;

/** A network, its forward and backward trace and one SGD step, as JSON. */
public final class TraceJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TraceJson() {
    }

    /** @return the network: shape, activations, weights as one matrix per layer (rows = units fed), biases */
    public static ObjectNode network(Network network) {
        ObjectNode node = NODES.objectNode();
        ArrayNode shape = node.putArray("shape");
        network.widths().forEach(shape::add);
        ArrayNode activations = node.putArray("activations");
        ArrayNode weights = node.putArray("weights");
        ArrayNode biases = node.putArray("biases");
        for (Layer layer : network.layers()) {
            activations.add(layer.activation().id());
            ArrayNode matrix = weights.addArray();
            layer.weights().forEach(row -> matrix.add(numbers(row)));
            if (layer.hasBiases()) {
                biases.add(numbers(layer.biases().get()));
            } else {
                biases.addNull();
            }
        }
        return node;
    }

    /** @return the step: problem, forward pass, loss, Δ, gates, gradients with their paths, updates and loss after */
    public static ObjectNode sgdStep(SgdStep step) {
        BackpropTrace trace = step.before();
        ObjectNode node = NODES.objectNode();
        node.set("network", network(trace.network()));
        node.set("input", numbers(trace.example().inputs()));
        node.set("target", numbers(trace.example().targets()));
        node.set("learningRate", NumberJson.of(step.learningRate()));
        ArrayNode units = node.putArray("forward");
        trace.forward().layers().forEach(layer -> layer.forEach(unit -> units.add(unit(unit))));
        node.set("loss", NumberJson.of(trace.loss()));
        ArrayNode errors = node.putArray("outputErrors");
        for (int o = 0; o < trace.outputErrors().size(); o++) {
            ObjectNode error = errors.addObject();
            error.put("symbol", trace.outputErrorSymbol(o).plain());
            error.set("value", NumberJson.of(trace.outputErrors().get(o)));
        }
        ArrayNode gradients = node.putArray("gradients");
        for (Gradient gradient : trace.gradientList()) {
            ObjectNode entry = gradients.addObject();
            entry.put("parameter", gradient.symbol().plain());
            entry.set("value", NumberJson.of(trace.network().value(gradient.parameter())));
            entry.set("gradient", NumberJson.of(gradient.value()));
            entry.set("updated", NumberJson.of(step.updated(gradient.parameter())));
            ArrayNode paths = entry.putArray("paths");
            for (List<Factor> path : trace.paths(gradient.parameter())) {
                ArrayNode factors = paths.addArray();
                for (Factor factor : path) {
                    ObjectNode f = factors.addObject();
                    f.put("kind", factor.kind().name().toLowerCase(Locale.ROOT));
                    f.put("symbol", factor.symbol().plain());
                    f.set("value", NumberJson.of(factor.value()));
                }
            }
        }
        node.set("outputsAfter", numbers(step.forwardAfter().outputs()));
        node.set("lossAfter", NumberJson.of(step.lossAfter()));
        return node;
    }

    private static ObjectNode unit(UnitTrace unit) {
        ObjectNode node = NODES.objectNode();
        node.put("unit", unit.unit().plain());
        node.put("activation", unit.function().id());
        node.set("preActivation", NumberJson.of(unit.preActivation()));
        node.set("value", NumberJson.of(unit.activation()));
        if (unit.function().isGated()) {
            node.put("active", unit.isActive());
        }
        return node;
    }

    private static ArrayNode numbers(List<Real> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(NumberJson.of(v)));
        return array;
    }
}
