package examgen.generate.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import examgen.generate.ParameterProblem;
import examgen.network.Network;

/**
 * What a drawn network must do, as the bank's {@code conditions} say: {@code all-active} (every ReLU
 * unit on), {@code dead h1} (a named ReLU unit off, its pre-activation below 0; {@code output-inactive}
 * is {@code dead yhat}), {@code kink h2} (a pre-activation exactly 0, where ReLU′ is 0 by the notes'
 * convention), {@code descends} (the SGD step lowers the error and switches no unit on or off), or
 * {@code any}. Units named must exist and be ReLU units.
 */
record Conditions(boolean allActive, Map<String, Sign> named, boolean descends) {

    /** What a named unit's pre-activation must be. */
    enum Sign { NEGATIVE, ZERO }

    static final String PARAMETER = "conditions";

    /** @return the conditions, or empty after adding what is wrong to {@code problems} */
    static Optional<Conditions> read(List<String> words, Network skeleton, List<ParameterProblem> problems) {
        int before = problems.size();
        boolean allActive = false;
        boolean descends = false;
        Map<String, Sign> named = new LinkedHashMap<>();
        for (String word : words) {
            String[] parts = word.strip().split("\\s+");
            switch (parts[0]) {
                case "any" -> { }
                case "all-active" -> allActive = true;
                case "descends" -> descends = true;
                case "output-inactive" -> named.put("yhat", Sign.NEGATIVE);
                case "dead", "kink" -> {
                    if (parts.length != 2) {
                        problems.add(new ParameterProblem(PARAMETER, "name the unit: '" + parts[0] + " h1'; got '" + word + "'"));
                    } else {
                        Sign sign = parts[0].equals("dead") ? Sign.NEGATIVE : Sign.ZERO;
                        if (named.containsKey(parts[1]) && named.get(parts[1]) != sign) {
                            problems.add(new ParameterProblem(PARAMETER, parts[1] + " cannot be dead and at the kink at once"));
                        }
                        named.put(parts[1], sign);
                    }
                }
                default -> problems.add(new ParameterProblem(PARAMETER, "unknown condition '" + word
                        + "'; known: any, all-active, dead <unit>, output-inactive, kink <unit>, descends"));
            }
        }
        Map<String, Quantity> quantities = Quantity.all(skeleton);
        for (String unit : named.keySet()) {
            Quantity gate = quantities.get("gate_" + unit);
            if (gate == null) {
                String reason = quantities.containsKey(unit) ? unit + " is not a ReLU unit, so it is never off"
                        : "the network has no unit '" + unit + "'";
                problems.add(new ParameterProblem(PARAMETER, reason + "; its ReLU units: " + String.join(", ",
                        quantities.keySet().stream().filter(k -> k.startsWith("gate_")).map(k -> k.substring(5)).toList())));
            }
        }
        if (descends && named.containsValue(Sign.NEGATIVE) && named.containsKey("yhat")) {
            problems.add(new ParameterProblem(PARAMETER, "a dead output passes no gradient, so the step cannot lower the error: drop descends"));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new Conditions(allActive, Map.copyOf(named), descends));
    }

    /** @return the sign a gated unit's pre-activation must have: +1, -1, 0, or null for either side of 0 */
    Integer wanted(String unitKey) {
        Sign sign = named.get(unitKey);
        if (sign != null) {
            return sign == Sign.NEGATIVE ? -1 : 0;
        }
        return allActive ? 1 : null;
    }

    /** @return whether a unit is to sit at the kink */
    boolean atKink(String unitKey) {
        return named.get(unitKey) == Sign.ZERO;
    }

    /** @return whether some unit is to be dead, so that gradients vanish */
    boolean hasDeadUnit() {
        return named.containsValue(Sign.NEGATIVE) || named.containsValue(Sign.ZERO);
    }
}
