package examgen.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DifficultyReportTest {

    /** Four students: typical answer sizes 0.1, 2, 3 and 4 in the first question; a concept question; then two drew the same numbers. */
    private static final List<StudentResult> RESULTS = List.of(
            student("a", Math.log10(0.1), 1, "n1"), student("b", Math.log10(2), 3, "n2"),
            student("c", Math.log10(3), 2, "same"), student("d", Math.log10(4), 1, "same"));

    /** Sizes far from 1 are printed in powers of ten, so that the columns stay aligned. */
    private static final List<StudentResult> TINY = List.of(student("e", Math.log10(1.2e-8), 1, "t1"), student("f", Math.log10(5e4), 1, "t2"));

    private static StudentResult student(String id, double log, int draws, String fingerprint) {
        List<StudentResult.SlotMeasure> measures = new ArrayList<>();
        measures.add(new StudentResult.SlotMeasure("forward-pass-toy", log, draws, id));
        measures.add(new StudentResult.SlotMeasure("concept-uat-promise", Double.NaN, 1, ""));
        measures.add(new StudentResult.SlotMeasure("bump", 0.0, 1, fingerprint));
        return new StudentResult(new Student(1, id, id, Map.of()), "code", 0, List.of(), List.of(), Map.of(), measures);
    }

    @Test
    void sizesArePlainNumbersAndTheStudentTenTimesFromTheMedianIsFlagged() {
        DifficultyReport report = new DifficultyReport(RESULTS);
        List<String> table = report.lines().subList(report.lines().indexOf("") + 1, report.lines().size());
        String header = table.stream().filter(line -> line.startsWith("no.")).findFirst().orElseThrow();
        assertEquals(List.of("no.", "question", "smallest", "median", "largest", "outliers", "most", "draws", "repeats"),
                List.of(header.split(" +")));
        assertEquals(List.of("1", "forward-pass-toy", "0.10", "3.0", "4.0", "1", "3", "0"), row(report, "1 "));
        assertEquals(List.of("2", "concept-uat-promise", "-", "-", "-", "0", "1", "0"), row(report, "2 "));
        assertEquals(List.of("3", "bump", "1.0", "1.0", "1.0", "0", "1", "2"), row(report, "3 "));
        assertEquals(2, report.warnings().size(), report.warnings().toString());
        assertEquals("question 1 (forward-pass-toy): answers an order of magnitude from the median for 1 student(s): a", report.warnings().get(0));
        // one pair sharing among the 6 pairs of 4 students: about 6 variants; 20 times 6 pairs make a repeat a 1-in-20 chance
        assertEquals("question 3 (bump): 2 students share their numbers with another (1 group(s), e.g. c and d); judged from its repeats, its parameter space holds "
                + "about 6 variants, where 4 students need about 120 to repeat by a chance of 1 in 20: widen the ranges in its bank file "
                + "about 20-fold", report.warnings().get(1));
    }

    @Test
    void sizesFarFromOneArePowersOfTen() {
        assertEquals(List.of("1", "forward-pass-toy", "1.2e-08", "5.0e+04", "5.0e+04", "1", "1", "0"), row(new DifficultyReport(TINY), "1 "));
    }

    @Test
    void theReportSaysWhatItsColumnsMean() {
        String text = String.join("\n", new DifficultyReport(RESULTS).lines());
        assertTrue(text.startsWith("Difficulty across the batch: 4 students, 3 questions."), text);
        for (String term : List.of("median of their sizes", "outlier", "'Most draws'", "'repeats'")) {
            assertTrue(text.contains(term), term);
        }
    }

    private static List<String> row(DifficultyReport report, String start) {
        return report.lines().stream().filter(line -> line.startsWith(start)).findFirst().map(line -> List.of(line.split(" +"))).orElseThrow();
    }
}
