package examgen.cli;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import examgen.export.Sha256;
import examgen.numeric.Real;

/**
 * What {@code stress} reports of one question, added up seed by seed in seed order, so that all it
 * keeps of a seed is a digest of its drawn values (for duplicates), not the outcome: counts, the first
 * failure, and each numeric part's smallest and largest answer.
 */
final class StressTally {

    /** What one seed gave; {@code values} is the JSON of the drawn values, null when nothing is drawn. */
    record Outcome(String failure, int draws, String values, boolean degenerate, List<Real> numbers) {
    }

    private final Real[] smallest;
    private final Real[] largest;
    private final Set<String> seen = new HashSet<>();
    private long failures;
    private String firstFailure;
    private long degenerate;
    private int maxDraws;
    private long duplicates;

    StressTally(int parts) {
        smallest = new Real[parts];
        largest = new Real[parts];
    }

    /** Adds the next seed's outcome. */
    void add(Outcome outcome) {
        maxDraws = Math.max(maxDraws, outcome.draws());
        if (outcome.degenerate()) {
            degenerate++;
        }
        // questions that draw nothing (concepts) have no values to repeat
        if (outcome.values() != null && !seen.add(Sha256.hex(outcome.values().getBytes(StandardCharsets.UTF_8)))) {
            duplicates++;
        }
        if (outcome.failure() != null) {
            failures++;
            if (firstFailure == null) {
                firstFailure = outcome.failure();
            }
            return;
        }
        for (int part = 0; part < outcome.numbers().size(); part++) {
            Real value = outcome.numbers().get(part);
            if (value != null) {
                // the first of equal values is kept, as a stream's min and max keep it
                smallest[part] = smallest[part] == null || value.compareTo(smallest[part]) < 0 ? value : smallest[part];
                largest[part] = largest[part] == null || value.compareTo(largest[part]) > 0 ? value : largest[part];
            }
        }
    }

    long failures() {
        return failures;
    }

    /** @return the failure of the lowest seed that failed, or null */
    String firstFailure() {
        return firstFailure;
    }

    long degenerate() {
        return degenerate;
    }

    int maxDraws() {
        return maxDraws;
    }

    long duplicates() {
        return duplicates;
    }

    /** @return the part's smallest answer, or null if it has no numeric answer */
    Real smallest(int part) {
        return smallest[part];
    }

    /** @return the part's largest answer, or null if it has no numeric answer */
    Real largest(int part) {
        return largest[part];
    }
}
