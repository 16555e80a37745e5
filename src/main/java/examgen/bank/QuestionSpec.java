package examgen.bank;

import java.nio.file.Path;
import java.util.List;

import examgen.generate.Generator;
import examgen.generate.Parameters;

/** One question of the bank: what it is, which generator draws it under which parameters, and its text. */
public record QuestionSpec(String id, String title, String topic, List<String> tags, Generator generator,
        Parameters parameters, Snippet stem, List<PartSpec> parts, Path file) {

    public QuestionSpec {
        tags = List.copyOf(tags);
        parts = List.copyOf(parts);
    }

    public int totalMarks() {
        return parts.stream().mapToInt(PartSpec::marks).sum();
    }
}
