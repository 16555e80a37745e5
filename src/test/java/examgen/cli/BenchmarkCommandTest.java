package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BenchmarkCommandTest {

    private static final Pattern MILLIS = Pattern.compile("^  (.+?)\\s+(\\d+\\.\\d) ms", Pattern.MULTILINE);

    @Test
    void stagesAddUpToTheTotal() {
        TestLauncher.Result result = TestLauncher.run("benchmark", "--stages", "--students", "2", "--bank", "question-bank", "--paper",
                "backprop-quiz");
        assertEquals(0, result.status(), result.err());
        Matcher line = MILLIS.matcher(result.out());
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
        assertEquals(StageTimes.Stage.values().length, stages, result.out());
        assertTrue(total > 0, result.out());
        // each figure is rounded to a tenth
        assertEquals(total, sum, 0.05 * (stages + 1), result.out());
        assertTrue(result.out().contains("mean over students 2 to 2"), result.out());
    }

    @Test
    void aNumberThatIsNotOneIsNamedAsSuch() {
        TestLauncher.Result result = TestLauncher.run("benchmark", "--students", "many");
        assertEquals(2, result.status());
        assertTrue(result.err().contains("'many' is not a whole number"), result.err());
    }

    @Test
    void anEmptyRosterIsRefused() {
        TestLauncher.Result result = TestLauncher.run("benchmark", "--students", "0", "--bank", "question-bank");
        assertEquals(2, result.status());
        assertTrue(result.err().contains("--students: give at least 1"), result.err());
    }
}
