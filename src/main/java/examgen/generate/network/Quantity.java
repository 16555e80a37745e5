package examgen.generate.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import examgen.network.Network;
import examgen.network.Parameter;

/**
 * A quantity of a network question, named in the bank as the notes write it: a unit's
 * pre-activation {@code z_h1} and activation {@code h1} (deeper networks {@code h1_2}, unit 1 of hidden
 * layer 2, the notes' {@code h_{1,2}}), the output {@code yhat}, whether a ReLU unit is active
 * {@code gate_h1}, its error signal {@code delta_h1}, the loss {@code loss}, {@code delta} (Δ),
 * {@code overshoot}, a gradient {@code dE_dw5} or {@code dE_db2}, a parameter after the step
 * {@code w5_new}, and after the step {@code yhat_new} and {@code loss_new}; with a dead unit, which
 * gradients vanish ({@code zero_gradients}) and why ({@code why_zero}). A mini-batch asks them of one
 * example ({@code yhat_ex2}) or of the batch ({@code loss}, {@code dE_dw5}, {@code w5_new}, {@code loss_new}).
 *
 * @param layer the unit's layer (0 the first after the inputs), or -1
 * @param unit the unit's index in its layer, or -1
 * @param parameter the weight or bias of a gradient or update, or null
 * @param example the example of a mini-batch it is of, from 1, or 0 for the batch (or the only example)
 */
public record Quantity(String key, Kind kind, int layer, int unit, Parameter parameter, int example, String description) {

    public enum Kind {
        PRE_ACTIVATION, ACTIVATION, GATE, UNIT_DELTA, LOSS, OUTPUT_ERROR, OVERSHOOT, GRADIENT, UPDATED, OUTPUT_AFTER, LOSS_AFTER,
        ZERO_GRADIENTS, WHY_ZERO;

        /** @return whether the quantity needs the label y */
        public boolean needsTarget() {
            return ordinal() >= UNIT_DELTA.ordinal();
        }

        /** @return whether the quantity needs the learning rate α */
        public boolean needsRate() {
            return this == UPDATED || this == OUTPUT_AFTER || this == LOSS_AFTER;
        }

        /** @return whether a mini-batch asks it of one example ({@code h1_ex2}) rather than of the batch */
        boolean perExample() {
            return this != UPDATED && this != LOSS_AFTER && this != ZERO_GRADIENTS && this != WHY_ZERO;
        }

        /** @return whether a mini-batch also asks it of the whole batch: the mean loss, the mean gradient */
        boolean ofTheBatch() {
            return this == LOSS || this == GRADIENT || this == UPDATED || this == LOSS_AFTER;
        }
    }

    /** @return whether the quantity is of the whole batch (or of the only example) rather than of one example of several */
    public boolean ofTheBatch() {
        return example == 0;
    }

    /** @return the key of a unit: {@code h1}, {@code h1_2} in a deeper network, {@code yhat} for the output */
    public static String unitKey(Network network, int layer, int unit) {
        return layer == network.layers().size() - 1 ? "yhat" : network.unitSymbol(layer, unit).plain().replace(',', '_');
    }

    /** @return every quantity of the network on one example, by key, in the order of a worked solution */
    public static Map<String, Quantity> all(Network network) {
        return all(network, 1);
    }

    /**
     * @param examples how many examples the step takes: with more than one, the quantities of one example carry its
     *     number ({@code yhat_ex2}, {@code dE_dw5_ex2}), and {@code loss}, {@code dE_dw5}, {@code w5_new}, {@code loss_new}
     *     are the batch's: the mean loss, the mean gradient, the batch step
     * @return every quantity, by key, in the order of a worked solution
     */
    public static Map<String, Quantity> all(Network network, int examples) {
        Map<String, Quantity> all = new LinkedHashMap<>();
        for (Quantity q : oneExample(network)) {
            if (examples == 1) {
                all.put(q.key(), q);
                continue;
            }
            if (q.kind().ofTheBatch()) {
                String mean = q.kind() == Kind.LOSS ? "the mean error over the batch" : q.kind() == Kind.GRADIENT
                        ? "the batch's " + q.description() + ", the mean over its examples" : q.description() + " of the batch";
                all.put(q.key(), new Quantity(q.key(), q.kind(), q.layer(), q.unit(), q.parameter(), 0, mean));
            }
            if (q.kind().perExample()) {
                for (int k = 1; k <= examples; k++) {
                    String key = q.key() + "_ex" + k;
                    all.put(key, new Quantity(key, q.kind(), q.layer(), q.unit(), q.parameter(), k, q.description() + " on example " + k));
                }
            }
        }
        return all;
    }

    private static List<Quantity> oneExample(Network network) {
        List<Quantity> all = new ArrayList<>();
        for (int l = 0; l < network.layers().size(); l++) {
            for (int j = 0; j < network.layers().get(l).width(); j++) {
                String u = unitKey(network, l, j);
                String name = network.unitSymbol(l, j).plain();
                all.add(new Quantity("z_" + u, Kind.PRE_ACTIVATION, l, j, null, 0, "the pre-activation of " + name));
                all.add(new Quantity(u, Kind.ACTIVATION, l, j, null, 0, "the activation " + name));
                if (network.layers().get(l).activation().isGated()) {
                    all.add(new Quantity("gate_" + u, Kind.GATE, l, j, null, 0, "whether " + name + " is active"));
                }
            }
        }
        all.add(new Quantity("loss", Kind.LOSS, -1, -1, null, 0, "the error E = ½(y − ŷ)²"));
        all.add(new Quantity("delta", Kind.OUTPUT_ERROR, -1, -1, null, 0, "Δ = ŷ − y"));
        all.add(new Quantity("overshoot", Kind.OVERSHOOT, -1, -1, null, 0, "what the sign of Δ says"));
        for (int l = network.layers().size() - 1; l >= 0; l--) {
            for (int j = 0; j < network.layers().get(l).width(); j++) {
                all.add(new Quantity("delta_" + unitKey(network, l, j), Kind.UNIT_DELTA, l, j, null, 0,
                        "the error signal δ = ∂E/∂z of " + network.unitSymbol(l, j).plain()));
            }
        }
        for (Parameter p : network.parameters()) {
            all.add(new Quantity("dE_d" + network.symbol(p).plain(), Kind.GRADIENT, p.layer(), p.unit(), p, 0, "∂E/∂" + network.symbol(p).plain()));
        }
        for (Parameter p : network.parameters()) {
            all.add(new Quantity(network.symbol(p).plain() + "_new", Kind.UPDATED, p.layer(), p.unit(), p, 0,
                    network.symbol(p).plain() + " after the step"));
        }
        all.add(new Quantity("yhat_new", Kind.OUTPUT_AFTER, -1, -1, null, 0, "ŷ after the step"));
        all.add(new Quantity("loss_new", Kind.LOSS_AFTER, -1, -1, null, 0, "the error after the step"));
        all.add(new Quantity("zero_gradients", Kind.ZERO_GRADIENTS, -1, -1, null, 0, "which gradients are zero (with a dead unit)"));
        all.add(new Quantity("why_zero", Kind.WHY_ZERO, -1, -1, null, 0, "why they are zero (with a dead unit)"));
        return all;
    }

    /** @return the quantity named {@code key} in the network, if it has one */
    public static Optional<Quantity> find(Network network, int examples, String key) {
        return Optional.ofNullable(all(network, examples).get(key));
    }
}
