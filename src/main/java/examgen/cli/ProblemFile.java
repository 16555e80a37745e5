package examgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a network problem from a small YAML (or JSON) file, keeping the line of every field:
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
 * Numbers are read from their text, so {@code 0.11} is exactly 11/100; fractions go in quotes
 * ({@code "1/3"}).
 */
final class ProblemFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ProblemFile() {
    }

    /** @throws UsageException naming the file and line of anything unreadable or unknown */
    static Map<String, ProblemField> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read: " + e.getMessage());
        }
        Map<String, ProblemField> fields = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UsageException(file + ": expected fields like 'shape: 2-2-1', one per line");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String where = file + ":" + parser.currentTokenLocation().getLineNr() + ": " + name;
                if (!NetworkProblem.FIELDS.contains(name)) {
                    throw new UsageException(where + ": unknown field (known: " + String.join(", ", NetworkProblem.FIELDS) + ")");
                }
                parser.nextToken();
                JsonNode value = YAML.readTree(parser);
                fields.put(name, new ProblemField(flatten(value, where), where));
            }
        } catch (JsonProcessingException e) {
            throw new UsageException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read: " + e.getMessage());
        }
        return fields;
    }

    /** A list becomes comma-separated items; a number keeps the digits it was written with. */
    private static String flatten(JsonNode value, String where) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(flatten(item, where)));
            return String.join(",", items);
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNull()) {
            return "none";
        }
        throw new UsageException(where + ": expected a number, a word or a list, got " + value.getNodeType().name().toLowerCase());
    }
}
