package examgen.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import examgen.generate.Generator;
import examgen.generate.Generators;
import examgen.generate.ParamSpec;
import examgen.generate.ParameterProblem;
import examgen.generate.Parameters;
import examgen.generate.Table;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/** Reads one question file of the bank, reporting every problem in it. */
final class QuestionReader {

    private static final Set<String> FIELDS = Set.of("id", "title", "topic", "tags", "generator", "parameters", "stem", "parts");
    private static final Set<String> PART_FIELDS = Set.of("answer", "marks", "text", "places", "figures", "scientific", "fractions", "at-least",
            "options", "table");

    /** Parts are lettered a to z. */
    private static final int MOST_PARTS = 26;

    private QuestionReader() {
    }

    /** @return the generator's table parts, when its parameters are sound (as {@code answers} being known says) */
    private static Map<String, Table> tables(Optional<Generator> generator, Parameters parameters, Optional<Map<String, String>> answers) {
        return answers.isPresent() ? generator.get().tables(parameters) : Map.of();
    }

    /** @return the question, or empty if the file has problems (added to {@code problems}) */
    static Optional<QuestionSpec> read(Path file, List<Problem> problems) {
        int before = problems.size();
        Optional<YamlNode> root = YamlNode.read(file, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        MapReader fields = new MapReader(root.get(), FIELDS, problems);
        String id = fields.text("id", "forward-pass-toy");
        String title = fields.text("title", "Forward pass through the toy network");
        String topic = fields.text("topic", "forward-pass");
        List<String> tags = fields.texts("tags");
        String generatorId = fields.text("generator", "forward-pass");
        Optional<Generator> generator = Generators.find(generatorId);
        if (!generatorId.isEmpty() && generator.isEmpty()) {
            fields.field("generator").ifPresent(node -> problems.add(node.problem(
                    "unknown generator '" + generatorId + "'; known: " + String.join(", ", Generators.ids()))));
        }
        Map<String, YamlNode> parameterNodes = new LinkedHashMap<>();
        Parameters parameters = generator.map(g -> parameters(fields, g, parameterNodes, problems)).orElse(null);
        Optional<Map<String, String>> answers = Optional.empty();
        if (parameters != null) {
            List<ParameterProblem> wrong = generator.get().check(parameters);
            YamlNode generatorNode = fields.field("generator").orElse(root.get());
            wrong.forEach(p -> problems.add(parameterNodes.getOrDefault(p.parameter(), generatorNode).problem(p.message())));
            if (wrong.isEmpty()) {
                answers = Optional.of(generator.get().answers(parameters));
            }
        }
        Snippet stem = fields.snippet("stem", "The network below …");
        List<PartSpec> parts = new ArrayList<>();
        YamlNode partsNode = fields.field("parts").orElse(null);
        if (partsNode == null || partsNode.items().isEmpty() || !partsNode.isList()) {
            problems.add(partsNode == null ? fields.missing("parts", "[{answer: yhat, marks: 2, text: 'Compute ŷ.'}]")
                    : partsNode.problem("expected a list of parts, each with answer, marks and text"));
        } else {
            List<YamlNode> items = partsNode.items();
            if (items.size() > MOST_PARTS) {
                problems.add(partsNode.problem("a question has at most " + MOST_PARTS + " parts (a to z), got " + items.size()));
            }
            for (int i = 0; i < Math.min(items.size(), MOST_PARTS); i++) {
                parts.addAll(part(items.get(i), i, generatorId, answers, tables(generator, parameters, answers), problems));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        parameterNodes.forEach((name, node) -> lines.put(name, node.line()));
        return Optional.of(new QuestionSpec(id, title, topic, tags, generator.get(), parameters, lines, stem, parts, file));
    }

    private static Parameters parameters(MapReader fields, Generator generator, Map<String, YamlNode> nodes, List<Problem> problems) {
        Map<String, Object> given = new LinkedHashMap<>();
        fields.field("parameters").ifPresent(node -> {
            Map<String, ParamSpec> specs = new LinkedHashMap<>();
            generator.parameters().forEach(spec -> specs.put(spec.name(), spec));
            MapReader values = new MapReader(node, specs.keySet(), problems);
            specs.forEach((name, spec) -> values.field(name).ifPresent(value -> {
                nodes.put(name, value);
                given.put(name, ParameterReader.parse(spec, value, problems));
            }));
        });
        return new Parameters(generator.parameters(), given);
    }

    /** @return the part, or a table part's cells, one part each; none if the part has problems (added to {@code problems}) */
    private static List<PartSpec> part(YamlNode node, int position, String generatorId, Optional<Map<String, String>> offered,
            Map<String, Table> tables, List<Problem> problems) {
        int before = problems.size();
        MapReader fields = new MapReader(node, PART_FIELDS, problems);
        Optional<Table> table = fields.has("table") ? table(fields, generatorId, offered, tables, problems) : Optional.empty();
        String answer = table.isPresent() ? "" : fields.text("answer", "yhat");
        if (table.isEmpty()) {
            offered.ifPresent(answers -> {
                if (!answer.isEmpty() && !answers.containsKey(answer)) {
                    fields.field("answer").ifPresent(a -> problems.add(a.problem("generator " + generatorId + " has no answer '" + answer
                            + "' here; it offers " + String.join(", ", answers.keySet()))));
                }
            });
        } else if (fields.has("answer") || fields.has("options") || fields.has("at-least")) {
            problems.add(node.problem("a table part asks its cells' answers itself: remove answer, options and at-least"));
        }
        if (!fields.has("marks")) {
            problems.add(fields.missing("marks", "2"));
        }
        int marks = fields.integer("marks", 1, 100, 1);
        Snippet text = fields.snippet("text", "Compute \\(\\hat{y}\\).");
        Optional<DisplayRule> rule = rule(fields, problems);
        Optional<Real> atLeast = atLeast(fields, problems);
        int options = fields.integer("options", 2, 6, 0);
        if (problems.size() > before) {
            return List.of();
        }
        if (table.isEmpty()) {
            return List.of(new PartSpec(answer, marks, text, rule, atLeast, options, position, Optional.empty()));
        }
        List<PartSpec> cells = new ArrayList<>();
        for (Table.Row row : table.get().rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                PartSpec.Cell place = new PartSpec.Cell(text, table.get().columns(), row.heading(), c, cells.size() + 1);
                cells.add(new PartSpec(cell.answer(), marks, new Snippet(cell.prompt(), text.file(), text.line(), text.field()), rule,
                        Optional.empty(), 0, position, Optional.of(place)));
            }
        }
        return cells;
    }

    /** @return the table a part names, or empty after reporting that the generator has no such table */
    private static Optional<Table> table(MapReader fields, String generatorId, Optional<Map<String, String>> offered,
            Map<String, Table> tables, List<Problem> problems) {
        String name = fields.text("table", "slide-41");
        Table table = tables.get(name);
        if (table == null && offered.isPresent()) {
            fields.field("table").ifPresent(t -> problems.add(t.problem("generator " + generatorId + " has no table '" + name + "'"
                    + (tables.isEmpty() ? "; it has none" : "; it offers " + String.join(", ", new TreeSet<>(tables.keySet()))))));
        }
        return Optional.ofNullable(table);
    }

    private static Optional<Real> atLeast(MapReader fields, List<Problem> problems) {
        return fields.field("at-least").flatMap(node -> {
            try {
                Real size = Real.parse(node.text().strip());
                if (size.signum() > 0) {
                    return Optional.of(size);
                }
            } catch (IllegalArgumentException e) {
                // reported below with the fix
            }
            problems.add(node.problem("the smallest size an answer may have: a number above 0, e.g. at-least: 0.05; got " + node.text()));
            return Optional.empty();
        });
    }

    private static Optional<DisplayRule> rule(MapReader fields, List<Problem> problems) {
        if (fields.has("places") && fields.has("figures")) {
            problems.add(fields.field("figures").get().problem("give places or figures, not both"));
            return Optional.empty();
        }
        DisplayRule rule = null;
        if (fields.has("places")) {
            rule = DisplayRule.decimalPlaces(fields.integer("places", 0, 12, 4));
        } else if (fields.has("figures")) {
            rule = DisplayRule.significantFigures(fields.integer("figures", 1, 12, 3));
        }
        if (rule != null && fields.field("scientific").map(n -> n.text().equals("true")).orElse(false)) {
            if (rule.mode() != DisplayRule.Mode.SIGNIFICANT_FIGURES) {
                problems.add(fields.field("scientific").get().problem("scientific notation counts figures: give figures, not places"));
            } else {
                rule = rule.inScientific();
            }
        }
        if (rule != null && fields.field("fractions").map(n -> n.text().equals("true")).orElse(false)) {
            rule = rule.withFractions();
        }
        return Optional.ofNullable(rule);
    }
}
