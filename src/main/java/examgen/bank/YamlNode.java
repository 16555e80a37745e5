package examgen.bank;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import examgen.io.FileSize;
import examgen.io.StrictText;

/**
 * A node of a YAML file that knows its file, line and field path, so that every problem found in
 * it can say where. Scalars keep the text they were written with: {@code 0.11} stays the string
 * {@code "0.11"} and is read exactly later.
 */
public final class YamlNode {

    /**
     * The largest file read: a bank's files are a few kB, and SnakeYAML reads no more than 3 MiB of characters, which
     * it says with a stack trace rather than a line; a larger file is another one given by mistake.
     */
    private static final long MAX_BYTES = 3_000_000;

    private final Node node;
    private final Path file;
    private final String path;
    /** The file's lines, shared by all its nodes: a folded text's words are found in them again by line. */
    private final List<String> source;

    private YamlNode(Node node, Path file, String path, List<String> source) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.source = source;
    }

    /**
     * Reads a file; a file that cannot be read or is not YAML becomes a problem in {@code problems}.
     *
     * @return the root node, or empty if the file could not be read
     */
    public static Optional<YamlNode> read(Path file, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        try {
            Optional<String> tooLarge = FileSize.beyond(file, MAX_BYTES, "a question, paper or network file");
            if (tooLarge.isPresent()) {
                problems.add(new Problem(file, 0, "", tooLarge.get()));
                return Optional.empty();
            }
            // decoded here, not by SnakeYAML, which reports bytes that are not UTF-8 with a stack trace and no line
            String text = StrictText.decode(Files.readAllBytes(file), StandardCharsets.UTF_8, "UTF-8 text");
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            if (root == null) {
                problems.add(new Problem(file, 0, "", "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(new YamlNode(root, file, "", text.lines().toList()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(file, line, "", "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            // SnakeYAML's own limits (aliases to collections, nesting 50 deep) carry no mark of where
            problems.add(new Problem(file, 0, "", "not YAML examgen reads: " + e.getMessage()
                    + "; a question, paper or network file needs neither aliases (*name) to lists or maps nor nesting that deep"));
        } catch (StrictText.NotText e) {
            problems.add(new Problem(file, e.line(), "", e.getMessage() + "; save it as UTF-8 (an editor's Save As, or iconv -f WINDOWS-1252 -t UTF-8)"));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "", "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    public Path file() {
        return file;
    }

    /** @return the 1-based line where this node starts */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** @return the line of the first character of a scalar's text: a block scalar ({@code |}) starts below its indicator */
    public int textLine() {
        boolean block = node instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
        return line() + (block ? 1 : 0);
    }

    /**
     * @return for a folded scalar ({@code >-}), whose lines YAML joins into one, where each of its lines after the first
     *     begins in the joined text, in order; empty for any other node, whose text keeps its lines
     */
    public List<Integer> foldedLineStarts() {
        if (!(node instanceof ScalarNode scalar) || scalar.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED) {
            return List.of();
        }
        String text = scalar.getValue();
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (int line = node.getStartMark().getLine() + 1; line <= node.getEndMark().getLine() && line < source.size(); line++) {
            String words = source.get(line).strip();
            int at = words.isEmpty() ? -1 : text.indexOf(words, offset);
            if (line > node.getStartMark().getLine() + 1) {
                starts.add(at < 0 ? offset : at);
            }
            if (at >= 0) {
                offset = at + words.length();
            }
        }
        return starts;
    }

    /** @return the field path, {@code parameters.weights} or {@code parts[2].marks} */
    public String path() {
        return path;
    }

    /** @return a problem at this node */
    public Problem problem(String message) {
        return new Problem(file, line(), path, message);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** @return the scalar's text as written */
    public String text() {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    /** @return the fields of a map in file order; a repeated key is a problem */
    public Map<String, YamlNode> fields(List<Problem> problems) {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                YamlNode value = new YamlNode(tuple.getValueNode(), file, path.isEmpty() ? key : path + "." + key, source);
                if (fields.containsKey(key)) {
                    problems.add(value.problem("appears twice; keep one"));
                }
                fields.put(key, value);
            }
        }
        return fields;
    }

    /** @return the items of a list; a scalar counts as a list of itself */
    public List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(new YamlNode(sequence.getValue().get(i), file, path + "[" + (i + 1) + "]", source));
            }
        } else if (node instanceof ScalarNode) {
            items.add(this);
        }
        return items;
    }

    /** @return a short name of the kind of node, for messages */
    public String kind() {
        return isMap() ? "a map" : isList() ? "a list" : "'" + text() + "'";
    }
}
