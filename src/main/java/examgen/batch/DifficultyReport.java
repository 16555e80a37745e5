package examgen.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether every student sat an equally hard paper: per question, the spread of the typical size of
 * its numeric answers (a student whose answers are ten times larger or smaller than the median is
 * flagged), how many draws the constraints took, and students who drew the same numbers. The
 * report explains its columns: a teaching assistant reads it without this code.
 */
final class DifficultyReport {

    /** A student whose answers differ from the slot's median by more than this many orders of magnitude is flagged. */
    private static final double OUTLIER_DECADES = 1.0;

    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    DifficultyReport(List<StudentResult> results) {
        int slots = results.get(0).measures().size();
        lines.add("Difficulty across the batch: " + results.size() + (results.size() == 1 ? " student, " : " students, ") + slots
                + (slots == 1 ? " question." : " questions."));
        lines.add("");
        lines.add("Every student sits the same questions with the same cases and shapes; only the numbers differ. Per");
        lines.add("question, the typical size of a student's numeric answers (the median of their sizes) is compared");
        lines.add("across the students: the smallest, the median and the largest. A student whose answers are more than");
        lines.add("ten times larger or smaller than the median is an outlier. 'Most draws' is the most times a");
        lines.add("student's numbers were drawn before they met the question's conditions; 'repeats' counts the");
        lines.add("students whose numbers are the same as another student's. An outlier's paper asks for the same");
        lines.add("steps, only its numbers came out larger or smaller; if that matters, narrow the ranges in the");
        lines.add("question's bank file.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-4s %-28s %9s %9s %9s %9s %11s %8s", "no.", "question", "smallest", "median", "largest",
                "outliers", "most draws", "repeats"));
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
                min = size(sizes[0]);
                median = size(mid);
                max = size(sizes[sizes.length - 1]);
                for (StudentResult r : results) {
                    double size = r.measures().get(s).logMagnitude();
                    if (!Double.isNaN(size) && Math.abs(size - mid) > OUTLIER_DECADES) {
                        outliers.add(r.student().id());
                    }
                }
            }
            lines.add(String.format(Locale.ROOT, "%-4d %-28s %9s %9s %9s %9d %11d %8d", slot + 1, question, min, median, max,
                    outliers.size(), maxDraws, sharing));
            if (!outliers.isEmpty()) {
                warnings.add("question " + (slot + 1) + " (" + question + "): answers an order of magnitude from the median for "
                        + outliers.size() + " student(s): " + String.join(", ", outliers.subList(0, Math.min(10, outliers.size())))
                        + (outliers.size() > 10 ? ", …" : ""));
            }
            if (!repeated.isEmpty()) {
                warnings.add("question " + (slot + 1) + " (" + question + "): " + sharing + " students share their numbers with another ("
                        + repeated.size() + " group(s), e.g. " + String.join(" and ", repeated.get(0)) + "); " + shortfall(results.size(), repeated));
            }
        }
    }

    /**
     * @return how far the question's parameter space falls short, judged from the repeats: among n
     *     students drawing from N variants, n(n−1)/2N pairs are expected to share, so the pairs seen
     *     give N, and a repeat becomes a 1-in-20 chance at twenty times the number of pairs of students
     */
    private static String shortfall(int students, List<List<String>> repeated) {
        long pairsOfStudents = (long) students * (students - 1) / 2;
        long pairsSharing = repeated.stream().mapToLong(ids -> (long) ids.size() * (ids.size() - 1) / 2).sum();
        return "judged from its repeats, its parameter space holds about " + roughly(pairsOfStudents / pairsSharing) + " variants, where "
                + students + " students need about " + roughly(20 * pairsOfStudents) + " to repeat by a chance of 1 in 20: "
                + "widen the ranges in its bank file about " + roughly(20 * pairsSharing) + "-fold";
    }

    /** @return the count to two significant figures, its thousands separated: {@code 45,000} */
    private static String roughly(long count) {
        return String.format(Locale.ROOT, "%,d", new BigDecimal(count).round(new MathContext(2)).longValue());
    }

    /** @return the size whose common logarithm is {@code log}, to two significant figures: {@code 0.0050}, {@code 120}, {@code 1.2e-08} */
    private static String size(double log) {
        if (log < -3 || log >= 4) {
            return String.format(Locale.ROOT, "%.1e", Math.pow(10, log));
        }
        BigDecimal size = new BigDecimal(Math.pow(10, log)).round(new MathContext(2));
        // an exact 3 is still "3.0": two figures, like every other size in the table
        return size.setScale(size.scale() + 2 - size.precision()).toPlainString();
    }

    List<String> lines() {
        return lines;
    }

    List<String> warnings() {
        return warnings;
    }
}
