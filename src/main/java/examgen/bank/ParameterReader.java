package examgen.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import examgen.generate.ParamSpec;
import examgen.generate.Solution;
import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.ValueSource;

/** Reads a generator parameter's value from the bank by its {@link ParamSpec}, reporting what is wrong. */
final class ParameterReader {

    private ParameterReader() {
    }

    /** The largest size and the most decimal places a number written in the bank may have, as a range's bounds. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000L);
    private static final int MOST_PLACES = 6;

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
            case VALUES -> values(spec, node, problems);
            case TEXT -> node.text();
            case TEXTS -> node.items().stream().map(ParameterReader::word).toList();
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

    /** @return an item as a word; a one-field map ({@code dead: h1}) reads as its key and value ({@code dead h1}) */
    private static String word(YamlNode item) {
        if (item.isMap()) {
            Map<String, YamlNode> fields = item.fields(new ArrayList<>());
            if (fields.size() == 1) {
                Map.Entry<String, YamlNode> only = fields.entrySet().iterator().next();
                return only.getKey() + " " + only.getValue().text();
            }
        }
        return item.text();
    }

    /** @return a range written as a map, or fixed numbers written as a list or as one number */
    private static ValueSource values(ParamSpec spec, YamlNode node, List<Problem> problems) {
        if (node.isMap()) {
            DecimalRange defaults = ((ValueSource.Drawn) spec.fallback()).range();
            return new ValueSource.Drawn((DecimalRange) range(ParamSpec.range(spec.name(), spec.help(), defaults), node, problems));
        }
        List<Real> numbers = new ArrayList<>();
        for (YamlNode item : node.items()) {
            fixedNumber(item, problems).ifPresent(numbers::add);
        }
        if (numbers.isEmpty() && node.items().isEmpty()) {
            problems.add(node.problem("give a range {min: -0.5, max: 0.5, places: 2} or the numbers themselves, e.g. [0.11, 0.12]"));
        }
        return new ValueSource.Fixed(numbers);
    }

    private static Optional<Real> fixedNumber(YamlNode item, List<Problem> problems) {
        try {
            Real number = Real.parse(item.text());
            Optional<BigDecimal> decimal = number.terminatingDecimal();
            if (decimal.isPresent() && decimal.get().abs().compareTo(LARGEST) <= 0 && Math.max(decimal.get().stripTrailingZeros().scale(), 0) <= MOST_PLACES) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below with the fix
        }
        problems.add(item.problem("expected a number of at most " + MOST_PLACES + " decimal places within ±" + LARGEST
                + ", e.g. 0.11; got " + item.kind()));
        return Optional.empty();
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
