package examgen.paper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drawn and solved question, immutable: which question and seed it came from (and how many
 * draws its constraints took), its stem and parts as printed, the printed values and structured
 * data it was drawn with, and the bank parameters.
 */
public record Variant(String questionId, String title, String topic, String generator, long seed, int draws,
        String stem, List<Part> parts, Map<String, Object> values, Map<String, Object> data, Map<String, Object> parameters) {

    public Variant {
        parts = List.copyOf(parts);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public int totalMarks() {
        return parts.stream().mapToInt(Part::marks).sum();
    }
}
