package examgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import examgen.bank.Problem;
import examgen.bank.YamlNode;

/**
 * Reads a network problem from a small YAML file, keeping the line of every field:
 *
 * <pre>
 * shape: 2-2-1
 * activations: [relu, relu]
 * weights: [0.11, 0.12, 0.21, 0.08, 0.14, 0.15]
 * biases: none
 * input: [2, 3]
 * target: 1
 * alpha: 0.1
 * </pre>
 *
 * Numbers are read from the digits written, so {@code 0.11} is exactly 11/100; {@code 1/3} works too.
 */
final class ProblemFile {

    private ProblemFile() {
    }

    /** @throws UsageException naming the file and line of the first thing unreadable or unknown */
    static Map<String, ProblemField> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        List<Problem> problems = new ArrayList<>();
        YamlNode root = YamlNode.read(file, problems).orElseThrow(() -> new UsageException(problems.get(0).toString()));
        if (!root.isMap()) {
            throw new UsageException(root.problem("expected fields like 'shape: 2-2-1', one per line").toString());
        }
        Map<String, ProblemField> fields = new LinkedHashMap<>();
        root.fields(problems).forEach((name, value) -> {
            String where = file + ":" + value.line() + ": " + name;
            if (!NetworkProblem.FIELDS.contains(name)) {
                throw new UsageException(where + ": unknown field (known: " + String.join(", ", NetworkProblem.FIELDS) + ")");
            }
            if (value.items().stream().anyMatch(item -> !item.isScalar())) {
                throw new UsageException(where + ": expected a number, a word or a list of them");
            }
            fields.put(name, new ProblemField(value.items().stream().map(YamlNode::text).collect(Collectors.joining(",")), where));
        });
        if (!problems.isEmpty()) {
            throw new UsageException(problems.get(0).toString());
        }
        return fields;
    }
}
