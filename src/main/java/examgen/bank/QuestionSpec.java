package examgen.bank;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import examgen.generate.Generator;
import examgen.generate.Parameters;

/**
 * One question of the bank: what it is, which generator draws it under which parameters (with the
 * line each parameter is written on), and its text.
 */
public record QuestionSpec(String id, String title, String topic, List<String> tags, Generator generator,
        Parameters parameters, Map<String, Integer> parameterLines, Snippet stem, List<PartSpec> parts, Path file) {

    public QuestionSpec {
        tags = List.copyOf(tags);
        parameterLines = Map.copyOf(parameterLines);
        parts = List.copyOf(parts);
    }

    /** @return {@code file:line} of a parameter, or the file alone when the parameter is at its default */
    public String location(String parameter) {
        Integer line = parameterLines.get(parameter);
        return line == null ? file.toString() : file + ":" + line;
    }

    public int totalMarks() {
        return parts.stream().mapToInt(PartSpec::marks).sum();
    }
}
