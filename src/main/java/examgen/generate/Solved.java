package examgen.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generator hands on: the values the question's text may print ({@code x1}, {@code w5},
 * {@code alpha}: numbers, words, lists), the structured data behind them (a network, a loss
 * polynomial, a data set) for exports and diagrams, and the solution of every answer it offers.
 */
public record Solved(Map<String, Object> values, Map<String, Object> data, Map<String, Solution> solutions) {

    public Solved {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        solutions = Collections.unmodifiableMap(new LinkedHashMap<>(solutions));
    }
}
