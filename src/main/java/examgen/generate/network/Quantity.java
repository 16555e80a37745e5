package examgen.generate.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import examgen.network.Network;
import examgen.network.Parameter;
import examgen.network.Symbol;

/**
 * A quantity of a network question, named in the bank as the notes write it: a unit's
 * pre-activation {@code z_h1} and activation {@code h1} (deeper networks {@code h1_2}, unit 1 of hidden
 * layer 2, the notes' {@code h_{1,2}}), the output {@code yhat}, whether a ReLU unit is active
 * {@code gate_h1}, its error signal {@code delta_h1}, the loss {@code loss}, {@code delta} (Δ),
 * {@code overshoot}, a gradient {@code dE_dw5} or {@code dE_db2}, a parameter after the step
 * {@code w5_new}, and after the step {@code yhat_new} and {@code loss_new}; with a dead unit, which
 * gradients vanish ({@code zero_gradients}) and why ({@code why_zero}).
 *
 * @param layer the unit's layer (0 the first after the inputs), or -1
 * @param unit the unit's index in its layer, or -1
 * @param parameter the weight or bias of a gradient or update, or null
 */
public record Quantity(String key, Kind kind, int layer, int unit, Parameter parameter, String description) {

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
    }

    /** @return the key of a unit: {@code h1}, {@code h1_2} in a deeper network, {@code yhat} for the output */
    public static String unitKey(Network network, int layer, int unit) {
        return layer == network.layers().size() - 1 ? "yhat" : network.unitSymbol(layer, unit).plain().replace(',', '_');
    }

    /** @return every quantity the network has, by key, in the order of a worked solution */
    public static Map<String, Quantity> all(Network network) {
        Map<String, Quantity> all = new LinkedHashMap<>();
        for (int l = 0; l < network.layers().size(); l++) {
            for (int j = 0; j < network.layers().get(l).width(); j++) {
                String u = unitKey(network, l, j);
                String name = network.unitSymbol(l, j).plain();
                put(all, new Quantity("z_" + u, Kind.PRE_ACTIVATION, l, j, null, "the pre-activation of " + name));
                put(all, new Quantity(u, Kind.ACTIVATION, l, j, null, "the activation " + name));
                if (network.layers().get(l).activation().isGated()) {
                    put(all, new Quantity("gate_" + u, Kind.GATE, l, j, null, "whether " + name + " is active"));
                }
            }
        }
        put(all, new Quantity("loss", Kind.LOSS, -1, -1, null, "the error E = ½(y − ŷ)²"));
        put(all, new Quantity("delta", Kind.OUTPUT_ERROR, -1, -1, null, "Δ = ŷ − y"));
        put(all, new Quantity("overshoot", Kind.OVERSHOOT, -1, -1, null, "what the sign of Δ says"));
        for (int l = network.layers().size() - 1; l >= 0; l--) {
            for (int j = 0; j < network.layers().get(l).width(); j++) {
                put(all, new Quantity("delta_" + unitKey(network, l, j), Kind.UNIT_DELTA, l, j, null,
                        "the error signal δ = ∂E/∂z of " + network.unitSymbol(l, j).plain()));
            }
        }
        for (Parameter p : network.parameters()) {
            put(all, new Quantity("dE_d" + network.symbol(p).plain(), Kind.GRADIENT, p.layer(), p.unit(), p, "∂E/∂" + network.symbol(p).plain()));
        }
        for (Parameter p : network.parameters()) {
            put(all, new Quantity(network.symbol(p).plain() + "_new", Kind.UPDATED, p.layer(), p.unit(), p,
                    network.symbol(p).plain() + " after the step"));
        }
        put(all, new Quantity("yhat_new", Kind.OUTPUT_AFTER, -1, -1, null, "ŷ after the step"));
        put(all, new Quantity("loss_new", Kind.LOSS_AFTER, -1, -1, null, "the error after the step"));
        put(all, new Quantity("zero_gradients", Kind.ZERO_GRADIENTS, -1, -1, null, "which gradients are zero (with a dead unit)"));
        put(all, new Quantity("why_zero", Kind.WHY_ZERO, -1, -1, null, "why they are zero (with a dead unit)"));
        return all;
    }

    private static void put(Map<String, Quantity> all, Quantity quantity) {
        all.put(quantity.key(), quantity);
    }

    /** @return the quantity named {@code key} in the network, if it has one */
    public static Optional<Quantity> find(Network network, String key) {
        return Optional.ofNullable(all(network).get(key));
    }

    /** @return the symbol of a unit's quantity's unit */
    Symbol unitSymbol(Network network) {
        return network.unitSymbol(layer, unit);
    }
}
