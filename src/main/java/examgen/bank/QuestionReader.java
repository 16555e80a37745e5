package examgen.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import examgen.generate.Generator;
import examgen.generate.Generators;
import examgen.generate.ParamSpec;
import examgen.generate.ParameterProblem;
import examgen.generate.Parameters;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/** Reads one question file of the bank, reporting every problem in it. */
final class QuestionReader {

    private static final Set<String> FIELDS = Set.of("id", "title", "topic", "tags", "generator", "parameters", "stem", "parts");
    private static final Set<String> PART_FIELDS = Set.of("answer", "marks", "text", "places", "figures", "scientific", "fractions", "at-least",
            "options");

    private QuestionReader() {
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
            for (YamlNode item : partsNode.items()) {
                part(item, generatorId, answers, problems).ifPresent(parts::add);
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

    private static Optional<PartSpec> part(YamlNode node, String generatorId, Optional<Map<String, String>> offered, List<Problem> problems) {
        int before = problems.size();
        MapReader fields = new MapReader(node, PART_FIELDS, problems);
        String answer = fields.text("answer", "yhat");
        offered.ifPresent(answers -> {
            if (!answer.isEmpty() && !answers.containsKey(answer)) {
                fields.field("answer").ifPresent(a -> problems.add(a.problem("generator " + generatorId + " has no answer '" + answer
                        + "' here; it offers " + String.join(", ", answers.keySet()))));
            }
        });
        if (!fields.has("marks")) {
            problems.add(fields.missing("marks", "2"));
        }
        int marks = fields.integer("marks", 1, 100, 1);
        Snippet text = fields.snippet("text", "Compute \\(\\hat{y}\\).");
        Optional<DisplayRule> rule = rule(fields, problems);
        Optional<Real> atLeast = atLeast(fields, problems);
        int options = fields.integer("options", 2, 6, 0);
        return problems.size() > before ? Optional.empty() : Optional.of(new PartSpec(answer, marks, text, rule, atLeast, options));
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
