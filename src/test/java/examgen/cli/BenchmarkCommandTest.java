package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class BenchmarkCommandTest {

    private static final Pattern MILLIS = Pattern.compile("^  (.+?)\\s+(\\d+\\.\\d) ms", Pattern.MULTILINE);

    @Test
    void stagesAddUpToTheTotal() {
        TestLauncher.Result result = TestLauncher.run("benchmark", "--stages", "--students", "2", "--bank", "question-bank", "--paper",
                "backprop-quiz");
        assertEquals(0, result.status(), result.err());
        String[] parts = result.out().split("for comparison");
        assertEquals(2, parts.length, result.out());
        Matcher line = MILLIS.matcher(parts[0]);
        double sum = 0;
        double total = -1;
        int stages = 0;
        while (line.find()) {
            double millis = Double.parseDouble(line.group(2));
            if (line.group(1).equals("total")) {
                total = millis;
            } else {
                assertTrue(millis >= 0, line.group());
                sum += millis;
                stages++;
            }
        }
        assertEquals(Arrays.stream(StageTimes.Stage.values()).filter(s -> !s.comparison).count(), stages, result.out());
        // the untagged PDFs, each with what tagging adds to it
        Matcher comparison = Pattern.compile("^  (paper|key) PDF untagged +(\\d+\\.\\d) ms   tagging adds -?\\d+%$", Pattern.MULTILINE).matcher(parts[1]);
        assertTrue(comparison.find() && comparison.find(), result.out());
        assertTrue(total > 0, result.out());
        // each figure is rounded to a tenth
        assertEquals(total, sum, 0.05 * (stages + 1), result.out());
        assertTrue(result.out().contains("mean over students 2 to 2"), result.out());
    }

    @Test
    void aBatchReportsItsWallAndCpuTimeAndLeavesNoFolder() throws Exception {
        Set<Path> before = benchmarkFolders();
        TestLauncher.Result result = TestLauncher.run("benchmark", "--students", "3", "--bank", "question-bank", "--paper", "backprop-quiz");
        assertEquals(0, result.status(), result.err());
        Matcher perStudent = Pattern.compile("ms per student +(\\d+) \\(wall\\), (\\d+) of CPU").matcher(result.out());
        assertTrue(perStudent.find(), result.out());
        assertTrue(Integer.parseInt(perStudent.group(1)) > 0, result.out());
        // the CPU time is measured, not the wall time times the threads: it is at least the one thread's that made each student
        assertTrue(Integer.parseInt(perStudent.group(2)) > 0, result.out());
        assertTrue(result.out().contains("peak resident memory"), result.out());
        assertEquals(before, benchmarkFolders(), "the benchmark's temporary folder is deleted");
    }

    private static Set<Path> benchmarkFolders() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("examgen-benchmark")).collect(Collectors.toSet());
        }
    }

    @Test
    void aNumberThatIsNotOneIsNamedAsSuch() {
        TestLauncher.Result result = TestLauncher.run("benchmark", "--students", "many");
        assertEquals(2, result.status());
        assertTrue(result.err().contains("'many' is not a whole number"), result.err());
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        TestLauncher.Result result = TestLauncher.run("benchmark", "--threads", "-1", "--students", "2", "--bank", "question-bank");
        assertEquals(2, result.status());
        assertEquals("examgen benchmark: --threads: give at least 1", result.err().strip());
    }

    @Test
    void moreThreadsThanTheHeapHasRoomForAreRefusedBeforeAnyIsMade() {
        // 100000 students at once would need 6 TB of heap: asked for, they ran out of it after minutes of collecting
        TestLauncher.Result result = TestLauncher.run("benchmark", "--threads", "100000", "--students", "2", "--bank", "question-bank");
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("examgen benchmark: --threads: 100000 students at once need about 6400000 MB of Java heap and"
                + " this one has "), result.err());
        assertTrue(result.err().contains("; give at most " + ThreadsOption.fitting(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory())
                + ", or a larger heap with EXAMGEN_JAVA_OPTS (e.g. -Xmx6400256m)"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void anEmptyRosterIsRefused() {
        TestLauncher.Result result = TestLauncher.run("benchmark", "--students", "0", "--bank", "question-bank");
        assertEquals(2, result.status());
        assertTrue(result.err().contains("--students: give a number from 1 to 100000, got 0"), result.err());
    }
}
