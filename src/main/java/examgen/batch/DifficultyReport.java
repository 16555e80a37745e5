package examgen.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether every student sat an equally hard paper: per slot, the spread of the answers' orders of
 * magnitude (a student whose answers are ten times larger or smaller than the median is flagged),
 * how many draws the constraints took, and students who drew the same numbers.
 */
final class DifficultyReport {

    /** A student whose answers differ from the slot's median by more than this many orders of magnitude is flagged. */
    private static final double OUTLIER_DECADES = 1.0;

    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    DifficultyReport(List<StudentResult> results) {
        int slots = results.get(0).measures().size();
        lines.add(String.format(Locale.ROOT, "%-4s %-28s %8s %8s %8s %9s %11s %9s", "slot", "question", "min", "median", "max",
                "outliers", "max draws", "repeats"));
        for (int slot = 0; slot < slots; slot++) {
            int s = slot;
            String question = results.get(0).measures().get(slot).question();
            double[] sizes = results.stream().mapToDouble(r -> r.measures().get(s).logMagnitude()).filter(d -> !Double.isNaN(d)).sorted().toArray();
            int maxDraws = results.stream().mapToInt(r -> r.measures().get(s).draws()).max().orElse(0);
            Map<String, List<String>> byNumbers = new HashMap<>();
            for (StudentResult r : results) {
                String fingerprint = r.measures().get(s).fingerprint();
                if (!fingerprint.isEmpty()) {
                    byNumbers.computeIfAbsent(fingerprint, k -> new ArrayList<>()).add(r.student().id());
                }
            }
            List<List<String>> repeated = byNumbers.values().stream().filter(ids -> ids.size() > 1).sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
            int sharing = repeated.stream().mapToInt(List::size).sum();
            List<String> outliers = new ArrayList<>();
            String min = "-";
            String median = "-";
            String max = "-";
            if (sizes.length > 0) {
                double mid = sizes[sizes.length / 2];
                min = decade(sizes[0]);
                median = decade(mid);
                max = decade(sizes[sizes.length - 1]);
                for (StudentResult r : results) {
                    double size = r.measures().get(s).logMagnitude();
                    if (!Double.isNaN(size) && Math.abs(size - mid) > OUTLIER_DECADES) {
                        outliers.add(r.student().id());
                    }
                }
            }
            lines.add(String.format(Locale.ROOT, "%-4d %-28s %8s %8s %8s %9d %11d %9d", slot + 1, question, min, median, max,
                    outliers.size(), maxDraws, sharing));
            if (!outliers.isEmpty()) {
                warnings.add("slot " + (slot + 1) + " (" + question + "): answers an order of magnitude from the median for "
                        + outliers.size() + " student(s): " + String.join(", ", outliers.subList(0, Math.min(10, outliers.size())))
                        + (outliers.size() > 10 ? ", …" : ""));
            }
            if (!repeated.isEmpty()) {
                warnings.add("slot " + (slot + 1) + " (" + question + "): " + sharing + " students share their numbers with another ("
                        + repeated.size() + " group(s), e.g. " + String.join(" and ", repeated.get(0)) + "); its parameter space is too small "
                        + "for " + results.size() + " students: widen the ranges in its bank file");
            }
        }
    }

    /** @return an order of magnitude as a power of ten: {@code 1e-2.3} */
    private static String decade(double log) {
        return String.format(Locale.ROOT, "1e%.1f", log);
    }

    List<String> lines() {
        return lines;
    }

    List<String> warnings() {
        return warnings;
    }
}
