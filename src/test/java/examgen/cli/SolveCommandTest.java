package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SolveCommandTest {

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void solvesTheToyNetworkByDefaultInTheNotesNotation() {
        Result result = run("solve");
        assertEquals(0, result.status(), result.err());
        String text = result.out();
        assertTrue(text.contains("h1 = ReLU(x1·w1 + x2·w2) = ReLU(2·0.11 + 3·0.12) = ReLU(0.58) = 0.58"), text);
        assertTrue(text.contains("ŷ = ReLU(h1·w5 + h2·w6) = ReLU(0.58·0.14 + 0.66·0.15) = ReLU(0.1802) = 0.1802"), text);
        assertTrue(text.contains("E = ½(y - ŷ)² = ½(1 - 0.1802)² = 0.33603602"), text);
        assertTrue(text.contains("Δ = ŷ - y = 0.1802 - 1 = -0.8198 < 0: the network undershot"), text);
        assertTrue(text.contains("ŷ: h1·w5 + h2·w6 = 0.1802 > 0, so ŷ is active"), text);
        assertTrue(text.contains("∂E/∂w1 = Δ·w5·x1 = -0.8198·0.14·2 = -0.229544"), text);
        assertTrue(text.contains("∂E/∂w6 = Δ·h2 = -0.8198·0.66 = -0.541068"), text);
        assertTrue(text.contains("w6' = w6 - α·∂E/∂w6 = 0.15 - 0.1·(-0.541068) = 0.2041068"), text);
        assertEquals("", result.err());
    }

    /** A 1-700000-1 network once ran 44 s into OutOfMemoryError: refused at once, saying the limit. */
    @Test
    void aNetworkTooLargeToWorkByHandIsRefusedAtOnceWithTheLimit() {
        assertOneLineError(run("solve", "--shape", "1-700000-1", "--weights", "0.1", "--input", "1", "--target", "1"),
                "examgen solve: --shape: '1-700000-1' has a layer of more than 100 units, the most solve works");
        assertOneLineError(run("solve", "--shape", "100-100-100-1", "--weights", "0.1", "--input", "1", "--target", "1"),
                "examgen solve: --shape: '100-100-100-1' has 20100 weights; solve works at most 10000");
        assertOneLineError(run("solve", "--shape", "2-2-1", "--weights", "0.1,".repeat(20_000) + "0.1", "--input", "1,2", "--target", "1"),
                "examgen solve: --weights: more than 10000 numbers; solve works networks of at most 10000 weights");
    }

    @Test
    void anExactValueOfHundredsOfDigitsIsWrittenInScientificFormNotInFull() {
        // the input 1e400 makes the loss about 1.1 × 10⁷⁹⁷, exactly: eight hundred digits
        Result result = run("solve", "--input", "1e400,3");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().lines().allMatch(line -> line.length() < 300), result.out());
        assertTrue(result.out().contains("(before the step E ≈ 1.09981 × 10⁷⁹⁷)"), result.out());
    }

    @Test
    void aDeadOutputIsExplained() {
        Result result = run("solve", "--shape", "2-2-1", "--weights", "0.11,0.12,0.21,0.08,-1,-1", "--input", "2,3", "--target", "1");
        assertTrue(result.out().contains("h1·w5 + h2·w6 = -1.24 ≤ 0, so ŷ is inactive"), result.out());
        assertTrue(result.out().contains("∂E/∂w6 = 0, since ReLU'(z(ŷ)) = 0"), result.out());
    }

    @Test
    void jsonCarriesExactValues() throws IOException {
        Result result = run("solve", "--json");
        assertEquals(0, result.status(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("-4099/5000", json.at("/outputErrors/0/value/exact").asText());
        assertEquals("-0.8198", json.at("/outputErrors/0/value/decimal").asText());
        assertEquals("w1", json.at("/gradients/0/parameter").asText());
        assertEquals("-0.229544", json.at("/gradients/0/gradient/decimal").asText());
        assertEquals("0.1329544", json.at("/gradients/0/updated/decimal").asText());
        assertEquals("0.11", json.at("/network/weights/0/0/0/decimal").asText());
        assertEquals("0.14", json.at("/network/weights/1/0/0/decimal").asText());
        assertEquals("Δ", json.at("/gradients/0/paths/0/0/symbol").asText());
    }

    @Test
    void sigmoidValuesCarryTwentyFiveDigits() throws IOException {
        Result result = run("solve", "--json", "--shape", "1-1", "--activations", "sigmoid", "--weights", "1",
                "--input", "1", "--target", "0");
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertTrue(json.at("/forward/0/value/exact").isNull());
        assertEquals("0.7310585786300048792511592", json.at("/forward/0/value/decimal").asText());
    }

    @Test
    void badInputGivesOneLineAndStatusTwo() {
        assertOneLineError(run("solve", "--shape", "2-2-1", "--weights", "1,2,3,4,5", "--input", "2,3", "--target", "1"),
                "examgen solve: --weights: shape 2-2-1 needs 6 weights (2·2 + 2·1), got 5");
        assertOneLineError(run("solve", "--activations", "softmax"),
                "examgen solve: --activations: unknown activation 'softmax' (known: relu, sigmoid, tanh, identity, step)");
        assertOneLineError(run("solve", "--shape", "2-2-1", "--weights", "1,2,abc,4,5,6", "--input", "2,3", "--target", "1"),
                "examgen solve: --weights: 'abc' is not a number (write 0.11, -2 or 1/3) (item 3)");
        assertOneLineError(run("solve", "--alpha", "-0.1"), "examgen solve: --alpha: the learning rate α must be positive, got -0.1");
        assertOneLineError(run("solve", "--input", "1,2,3"), "examgen solve: --input: the network takes 2 inputs, got 3");
        assertOneLineError(run("solve", "--bogus"), "examgen solve: Unknown option: '--bogus' (see 'examgen solve --help')");
        assertOneLineError(run("solve", "--alpah", "0.1"),
                "examgen solve: Unknown options: '--alpah', '0.1'; did you mean --alpha? (see 'examgen solve --help')");
        assertOneLineError(run("solve", "sigmod", "0"),
                "examgen solve: Unmatched arguments from index 1: 'sigmod', '0'; did you mean sigmoid? (see 'examgen solve --help')");
    }

    @Test
    void aProblemFileIsReadExactlyAndItsErrorsNameTheLine(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("net.yaml");
        Files.writeString(good, "shape: 2-2-1\nactivations: [relu, relu]\nweights: [0.11, 0.12, 0.21, 0.08, 0.14, 0.15]\n"
                + "input: [2, 3]\ntarget: 1\nalpha: 0.1\n");
        Result solved = run("solve", "--file", good.toString());
        assertEquals(0, solved.status(), solved.err());
        assertTrue(solved.out().contains("w1' = w1 - α·∂E/∂w1 = 0.11 - 0.1·(-0.229544) = 0.1329544"), solved.out());
        assertTrue(run("solve", "--file", good.toString(), "--alpha", "1/2").out().contains("0.11 - 0.5·(-0.229544)"));

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "shape: 2-2-1\nactivations: relu\nweights: [0.11, 0.12, oops, 0.08, 0.14, 0.15]\ninput: [2, 3]\ntarget: 1\n");
        assertOneLineError(run("solve", "--file", bad.toString()),
                "examgen solve: " + bad + ":3: weights: 'oops' is not a number (write 0.11, -2 or 1/3) (item 3)");
        Path unknown = dir.resolve("unknown.yaml");
        Files.writeString(unknown, "shape: 2-2-1\n\nwieghts: [1]\n");
        assertOneLineError(run("solve", "--file", unknown.toString()), "examgen solve: " + unknown
                + ":3: wieghts: unknown field (known: shape, activations, weights, biases, input, target, alpha)");
        assertOneLineError(run("solve", "--file", dir.resolve("missing.yaml").toString()),
                "examgen solve: " + dir.resolve("missing.yaml") + ": no such file");
    }

    private static void assertOneLineError(Result result, String expected) {
        assertEquals(2, result.status());
        assertEquals(expected + System.lineSeparator(), result.err());
        assertEquals("", result.out());
    }
}
