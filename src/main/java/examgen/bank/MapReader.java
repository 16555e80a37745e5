package examgen.bank;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML map, adding a {@link Problem} for every field that is missing,
 * of the wrong type or unknown, and carrying on, so that a file's problems are reported together.
 */
public final class MapReader {

    private final YamlNode map;
    private final Map<String, YamlNode> fields;
    private final List<Problem> problems;

    /** @param known every field this map may have; any other is reported */
    public MapReader(YamlNode map, Set<String> known, List<Problem> problems) {
        this.map = map;
        this.problems = problems;
        if (!map.isMap()) {
            problems.add(map.problem("expected fields (name: value), got " + map.kind()));
        }
        this.fields = map.fields(problems);
        fields.forEach((name, node) -> {
            if (!known.contains(name)) {
                problems.add(node.problem("unknown field; known fields are " + String.join(", ", known.stream().sorted().toList())));
            }
        });
    }

    public Optional<YamlNode> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** @return the field's text; a missing or non-scalar field is reported and gives "" */
    public String text(String name, String example) {
        YamlNode node = fields.get(name);
        if (node == null) {
            problems.add(missing(name, example));
            return "";
        }
        if (!node.isScalar() || node.text().isBlank()) {
            problems.add(node.problem("expected text, got " + node.kind() + "; write e.g. " + name + ": " + example));
            return "";
        }
        return node.text();
    }

    /** @return the field's text with where it was written; a missing or non-scalar field is reported and gives "" */
    public Snippet snippet(String name, String example) {
        String text = text(name, example);
        YamlNode node = field(name).orElse(map);
        return new Snippet(text, node.file(), node.textLine(), node.path(), node.foldedLineStarts());
    }

    /** @return the field's text, or {@code fallback} when it is absent */
    public String text(String name, String example, String fallback) {
        return has(name) ? text(name, example) : fallback;
    }

    /** @return the field as a whole number in {@code [min, max]}; problems give {@code fallback} */
    public int integer(String name, int min, int max, int fallback) {
        YamlNode node = fields.get(name);
        if (node == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(node.text().strip());
            if (value < min || value > max) {
                problems.add(node.problem("must be from " + min + " to " + max + ", got " + value));
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(node.problem("expected a whole number, got " + node.kind()));
            return fallback;
        }
    }

    /** @return the field as a list of texts (a single text counts as a list of one) */
    public List<String> texts(String name) {
        YamlNode node = fields.get(name);
        if (node == null) {
            return List.of();
        }
        return node.items().stream().map(item -> {
            if (!item.isScalar()) {
                problems.add(item.problem("expected text, got " + item.kind()));
            }
            return item.text();
        }).toList();
    }

    public Problem missing(String name, String example) {
        return new Problem(map.file(), map.line(), map.path().isEmpty() ? name : map.path() + "." + name,
                "missing; add e.g. " + name + ": " + example);
    }

    public void report(Problem problem) {
        problems.add(problem);
    }
}
