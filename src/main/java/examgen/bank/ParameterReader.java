package examgen.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import examgen.generate.ParamSpec;
import examgen.generate.Solution;
import examgen.numeric.Real;
import examgen.random.DecimalRange;

/** Reads a generator parameter's value from the bank by its {@link ParamSpec}, reporting what is wrong. */
final class ParameterReader {

    private ParameterReader() {
    }

    /** @return the value written at {@code node}, or the default after reporting what is wrong */
    /** @return the value written at {@code node}, or the default after reporting what is wrong */
    static Object parse(ParamSpec spec, YamlNode node, List<Problem> problems) {
        return switch (spec.kind()) {
            case RANGE -> range(spec, node, problems);
            case CHOICE -> {
                if (!spec.choices().contains(node.text())) {
                    problems.add(node.problem("'" + node.text() + "' is not one of " + String.join(", ", spec.choices())));
                    yield spec.fallback();
                }
                yield node.text();
            }
            case INTEGER -> {
                try {
                    int value = Integer.parseInt(node.text().strip());
                    if (value < spec.min() || value > spec.max()) {
                        problems.add(node.problem("must be from " + spec.min() + " to " + spec.max() + ", got " + value));
                        yield spec.fallback();
                    }
                    yield value;
                } catch (NumberFormatException e) {
                    problems.add(node.problem("expected a whole number, got " + node.kind()));
                    yield spec.fallback();
                }
            }
            case NUMBER -> {
                try {
                    yield Real.parse(node.text());
                } catch (NumberFormatException e) {
                    problems.add(node.problem(e.getMessage()));
                    yield spec.fallback();
                }
            }
            case TEXT -> node.text();
            case TEXTS -> node.items().stream().map(YamlNode::text).toList();
            case OPTIONS -> options(node, problems);
            case FLAG -> switch (node.text()) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> {
                    problems.add(node.problem("expected true or false, got " + node.kind()));
                    yield spec.fallback();
                }
            };
        };
    }

    private static List<Solution.Option> options(YamlNode node, List<Problem> problems) {
        List<Solution.Option> options = new ArrayList<>();
        for (YamlNode item : node.items()) {
            MapReader option = new MapReader(item, Set.of("text", "correct", "why"), problems);
            boolean correct = option.field("correct").map(c -> c.text().equals("true")).orElse(false);
            String text = option.text("text", "the gradient points uphill");
            if (!correct && !option.has("why")) {
                problems.add(item.problem("a wrong option needs 'why': the mistake behind it, for the key and the feedback"));
            }
            options.add(new Solution.Option(text, correct, correct ? "" : option.text("why", "it confuses …", "")));
        }
        return options;
    }

    private static Object range(ParamSpec spec, YamlNode node, List<Problem> problems) {
        int before = problems.size();
        MapReader fields = new MapReader(node, Set.of("min", "max", "places", "zero"), problems);
        if (problems.size() > before) {
            problems.add(node.problem("write a range as {min: -0.5, max: 0.5, places: 2}"));
            return spec.fallback();
        }
        DecimalRange defaults = (DecimalRange) spec.fallback();
        try {
            Real low = fields.has("min") ? Real.parse(fields.text("min", "-0.5")) : defaults.min();
            Real high = fields.has("max") ? Real.parse(fields.text("max", "0.5")) : defaults.max();
            int places = fields.integer("places", 0, 6, defaults.places());
            boolean zero = fields.field("zero").map(z -> z.text().equals("true")).orElse(!defaults.nonZero());
            return new DecimalRange(low, high, places, !zero);
        } catch (IllegalArgumentException e) {
            problems.add(node.problem(e.getMessage()));
            return spec.fallback();
        }
    }
}
