package examgen.cli;

import static examgen.cli.SolveCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import examgen.cli.SolveCommandTest.Result;

/** The calculators under {@code examgen solve}, on the notes' own numbers. */
class CalculatorCommandsTest {

    private static String solved(String... args) {
        Result result = run(args);
        assertEquals(0, result.status(), result.err());
        return result.out();
    }

    @Test
    void sigmoidPeaksAtAQuarter() {
        assertTrue(solved("solve", "sigmoid", "0").contains("x = 0: σ(x) = 0.5, σ'(x) = 0.25"));
    }

    @Test
    void chainOfFiveUnitsHasFourFactorsBoundedByAQuarterToTheFourth() {
        String text = solved("solve", "chain", "--input", "1", "--weights", "1,1,1,1,1");
        assertTrue(text.contains("σ chain of 5 units, L = 4 factors"), text);
        assertTrue(text.contains("at most 0.25^4 = 0.00390625"), text);
        assertTrue(text.contains("ReLU chain of 5 units"), text);
    }

    @Test
    void stepForAQuarterWithBiasMinus200() {
        String text = solved("solve", "step", "--threshold", "1/4", "--bias", "-200", "--at", "0.25");
        assertTrue(text.contains("w = 800, b = -200, s = −b/w = 0.25"), text);
        assertTrue(text.contains("σ(w·0.25 + b) = 0.5"), text);
        assertTrue(solved("solve", "step", "--weight", "600", "--bias", "-200").contains("s = −b/w = 1/3"));
    }

    @Test
    void bumpOfHeight03() {
        String text = solved("solve", "staircase", "--height", "0.3", "--from", "0.4", "--to", "0.7", "--at", "0.55");
        assertTrue(text.contains("2 hidden units"), text);
        assertTrue(text.contains("s = 0.4 with output weight 0.3, s = 0.7 with output weight -0.3"), text);
        assertTrue(text.contains("ŷ(0.55): hard steps = 0.3, sigmoids ≈ 0.300000"), text);
    }

    @Test
    void staircaseRefusesMorePiecesThanItCanWorkOutInSeconds() {
        for (String pieces : new String[] {"0", "101"}) {
            Result result = run("solve", "staircase", "--target", "0,0,1", "--from", "0", "--to", "1", "--pieces", pieces);
            assertEquals(2, result.status());
            assertEquals("examgen solve staircase: --pieces: give a number from 1 to 100, got " + pieces, result.err().strip());
        }
    }

    @Test
    void staircaseOfFourPiecesHasEightUnits() {
        String text = solved("solve", "staircase", "--target", "0,0,1", "--from", "0", "--to", "1", "--pieces", "4");
        assertTrue(text.contains("8 hidden units"), text);
        assertTrue(text.contains("hard steps = 0.234375"), text);
    }

    @Test
    void descentFindsTheLocalWell() {
        String text = solved("solve", "descent", "--loss", "0,0.5,-2,0,1", "--start", "2", "--alpha", "0.05");
        assertTrue(text.contains("x1 = 0.775"), text);
        assertTrue(text.contains("descent approaches the local minimum"), text);
    }

    @Test
    void descentThatRunsAwayStopsBeyondTenToTheHundredAndSaysSo() {
        // x⁹ from 3: x1 = 3 − 0.1·9·3⁸ = −5901.9, each later iterate about the eighth power of the one before
        String text = solved("solve", "descent", "--loss", "0,0,0,0,0,0,0,0,0,1", "--start", "3", "--alpha", "0.1", "--steps", "60");
        assertTrue(text.contains("x1 = -5901.9"), text);
        assertTrue(text.contains("  (x3 lies beyond ±10^100: the later iterates are left out)"), text);
        assertTrue(!text.contains("x4"), text);
        assertTrue(text.contains("descent runs downhill without end: this loss has no lowest point"), text);
    }

    @Test
    void descentOnALossWithNoLowestPointIsNotBlamedOnTheRate() {
        String text = solved("solve", "descent", "--loss", "0,0,-1", "--start", "1", "--alpha", "0.01");
        assertTrue(text.contains("descent runs downhill without end: this loss has no lowest point"), text);
        assertTrue(solved("solve", "descent", "--loss", "0,0,1", "--start", "1", "--alpha", "1.5").contains("α is too large"));
    }

    @Test
    void descentRefusesARateThatIsNotPositiveAndStepsOutsideWhatCanBePrinted() {
        for (String alpha : new String[] {"0", "-0.1"}) {
            Result result = run("solve", "descent", "--loss", "0,0,1", "--start", "1", "--alpha", alpha);
            assertEquals(2, result.status());
            assertEquals("examgen solve descent: --alpha: the learning rate α must be positive, got " + alpha, result.err().strip());
        }
        for (String count : new String[] {"-1", "1001"}) {
            Result steps = run("solve", "descent", "--loss", "0,0,1", "--start", "1", "--alpha", "0.1", "--steps", count);
            assertEquals(2, steps.status());
            assertEquals("examgen solve descent: --steps: give a number from 0 to 1000, got " + count, steps.err().strip());
        }
        Result digits = run("solve", "descent", "--loss", "0,0,1", "--start", "1", "--alpha", "0.1", "--steps", "99999999999");
        assertEquals(2, digits.status());
        assertTrue(digits.err().contains("'99999999999' has too many digits"), digits.err());
        Result fraction = run("solve", "descent", "--loss", "0,0,1", "--start", "1", "--alpha", "0.1", "--steps", "2.5");
        assertTrue(fraction.err().contains("'2.5' is not a whole number"), fraction.err());
    }

    @Test
    void batchNormStatesItsConvention() {
        String text = solved("solve", "batchnorm", "1", "3");
        assertTrue(text.contains("μ_B = 2, σ_B² = 1, σ_B = √(σ_B² + ε) = 1"), text);
        assertTrue(text.contains("1 → -1") && text.contains("3 → 1"), text);
        assertTrue(text.contains("divide by m"), text);
    }

    @Test
    void badCalculatorInputIsOneLineWithStatusTwo() {
        Result result = run("solve", "step", "--weight", "0", "--bias", "1");
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("examgen solve step: a step unit needs a non-zero weight"), result.err());
        Result equal = run("solve", "batchnorm", "2", "2");
        assertEquals(2, equal.status());
        assertTrue(equal.err().contains("give ε > 0"), equal.err());
        Result word = run("solve", "chain", "--input", "one", "--weights", "1,1");
        assertEquals("examgen solve chain: --input: 'one' is not a number (write 0.11, -2 or 1/3)" + System.lineSeparator(), word.err());
    }
}
