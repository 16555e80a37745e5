package examgen.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken bank is reported whole: every problem, each with its file, line and field, and how to fix it. */
class BankProblemsTest {

    private static List<String> problems(Path bank) {
        BankException e = assertThrows(BankException.class, () -> Bank.load(bank));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static void assertReported(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "no problem contains '" + expected + "' in " + problems);
    }

    @Test
    void everyProblemOfEveryFileIsReportedWithFileAndLine(@TempDir Path bank) throws IOException {
        Path bad = bank.resolve("bad.yaml");
        Files.writeString(bad, """
                id: bad-one
                title: Bad
                topic: forward-pass
                generator: network
                parameters:
                  weights: {min: 0.5, max: -0.5, places: 2}
                  shape: 4-4-4
                  biases: maybe
                stem: Hello
                parts:
                  - answer: nothing
                    marks: two
                    text: Hi
                    at-least: none
                """);
        Path missing = bank.resolve("missing.yaml");
        Files.writeString(missing, "id: missing-title\ntopic: x\ngenerator: update-rule\nstem: s\nparts:\n  - answer: updated\n    marks: 1\n    text: t\n");
        Path unknown = bank.resolve("unknown.yaml");
        Files.writeString(unknown, "id: unknown\ntitle: T\ntopic: x\ngenerator: nope\nstem: s\nparts:\n  - answer: a\n    marks: 1\n    text: t\n");
        Path broken = bank.resolve("broken.yaml");
        Files.writeString(broken, "id: broken\ntitle: [unclosed\n");

        List<String> problems = problems(bank);
        assertReported(problems, bad + ":6: parameters.weights: the range is empty (min 0.5 > max -0.5); give min ≤ max");
        assertReported(problems, bad + ":7: parameters.shape: the output layer has one unit (ŷ, with Δ = ŷ − y as in the notes); got '4-4-4'");
        assertReported(problems, bad + ":8: parameters.biases: expected true or false, got 'maybe'");
        assertReported(problems, bad + ":12: parts[1].marks: expected a whole number");
        assertReported(problems, bad + ":14: parts[1].at-least: the smallest size an answer may have: a number above 0, e.g. at-least: 0.05; got none");
        assertReported(problems, missing + ":1: title: missing; add e.g. title:");
        assertReported(problems, unknown + ":4: generator: unknown generator 'nope'; known: update-rule");
        assertReported(problems, broken + ":3: not valid YAML");
    }

    @Test
    void aFileLargerThanYamlIsReadIsNamedRatherThanAStackTrace(@TempDir Path bank) throws IOException {
        // SnakeYAML stops at 3 MiB of text with an exception of its own; 3.5 MB of a bank file is another file given by mistake
        Path large = bank.resolve("large.yaml");
        Files.writeString(large, "id: large\ntitle: " + "x".repeat(3_500_000) + "\n");
        assertReported(problems(bank), large + ": is 3.5 MB, more than a question, paper or network file holds (at most 3.0 MB);"
                + " is it the right file?");
    }

    @Test
    void aFileWithALineInAnotherCharacterSetIsNamedWithItsLineRatherThanAStackTrace(@TempDir Path bank) throws IOException {
        // an editor that saved one pasted word in Windows-1252
        Path mixed = bank.resolve("mixed.yaml");
        Files.write(mixed, "id: mixed\ntitle: Caf\u00e9 gradients\n".getBytes(StandardCharsets.ISO_8859_1));
        assertReported(problems(bank), mixed + ":2: not UTF-8 text (after 'title: Caf' comes byte E9); save it as UTF-8"
                + " (an editor's Save As, or iconv -f WINDOWS-1252 -t UTF-8)");
    }

    @Test
    void yamlBeyondSnakeYamlsLimitsIsNamedRatherThanAStackTrace(@TempDir Path bank) throws IOException {
        // aliases that multiply a list, as in the "billion laughs", and brackets nested deeper than 50
        Path aliases = Files.writeString(bank.resolve("aliases.yaml"), "a: &a [x, x, x]\n"
                + IntStream.range(0, 60).mapToObj(i -> "k" + i + ": *a\n").collect(Collectors.joining()));
        Path deep = Files.writeString(bank.resolve("deep.yaml"), "id: deep\ntitle: " + "[".repeat(60) + "]".repeat(60) + "\n");
        List<String> problems = problems(bank);
        assertReported(problems, aliases + ": not YAML examgen reads: Number of aliases for non-scalar nodes exceeds the specified max=50;");
        assertReported(problems, deep + ": not YAML examgen reads: Nesting Depth exceeded max 50;");
    }

    @Test
    void aRangeHoldingOnlyAZeroThatIsLeftOutIsReportedRatherThanDrawnForever(@TempDir Path bank) throws IOException {
        Path zero = bank.resolve("zero.yaml");
        Files.writeString(zero, """
                id: zero-only
                title: Zero
                topic: forward-pass
                generator: network
                parameters:
                  weights: {min: -0.4, max: 0.3, places: 0}
                stem: s
                parts:
                  - answer: yhat
                    marks: 1
                    text: t
                """);
        assertReported(problems(bank), zero + ":6: parameters.weights: the only multiple of 1 in [-0.4, 0.3] is 0, which is left out;"
                + " widen the range, give more places, or allow it with zero: true");
    }

    /** @return a paper of one slot, naming {@code question} on its line 9 */
    private static Path quizNaming(Path bank, String question) throws IOException {
        Files.createDirectories(bank.resolve("papers"));
        return Files.writeString(bank.resolve("papers/quiz.yaml"),
                "id: quiz\ntitle: Q\ncourse: C\ndate: d\nduration: 1h\ninstructions: i\nseed: 5\nslots:\n  - question: " + question + "\n");
    }

    @Test
    void aPaperNamingAnUnknownQuestionIsReported(@TempDir Path bank) throws IOException {
        Path paper = quizNaming(bank, "ghost");
        List<String> problems = problems(bank);
        assertReported(problems, paper + ":9: slots: no question has the id 'ghost'; check the spelling against the ids in " + bank);
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void aPaperWithADateNotOnTheCalendarOrASeedTooLongIsReported(@TempDir Path bank) throws IOException {
        Path paper = quizNaming(bank, "ghost");
        Files.writeString(paper, Files.readString(paper).replace("date: d", "date: 2026-02-30").replace("seed: 5", "seed: 99999999999999999999"));
        List<String> problems = problems(bank);
        assertReported(problems, paper + ":4: date: '2026-02-30' is no day of the calendar; write it as year-month-day, e.g. date: 2026-12-01"
                + " (or as text, e.g. date: Friday of week 7)");
        assertReported(problems, paper + ":7: seed: '99999999999999999999' has too many digits; a seed is at most 9223372036854775807");
    }

    @Test
    void aPaperNamingAQuestionWithProblemsSaysSo(@TempDir Path bank) throws IOException {
        Path broken = Files.writeString(bank.resolve("bump.yaml"), "id: bump\nparameters:\n  height: {min: 0.1\n");
        Path paper = quizNaming(bank, "bump");
        List<String> problems = problems(bank);
        assertReported(problems, broken + ":");
        assertReported(problems, paper + ":9: slots: question 'bump' is missing because " + broken + " has problems (listed with the others)");
    }

    @Test
    void aMissingBankSaysWhere(@TempDir Path dir) {
        assertReported(problems(dir.resolve("nowhere")), "no question bank here");
    }
}
