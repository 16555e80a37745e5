package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, case by case, as a careless or hostile user gives it: each is refused with its exit status and one message
 * naming the file and line or the field or option, and nothing is written or left behind. {@code {dir}} in a case
 * stands for its own folder, {@code {batch}} for a small batch made once.
 */
class BadInputTest {

    @TempDir
    static Path shared;
    private static Path batch;

    /** A case: the files it writes first (name, then text, in turns), the command line, the status and the message expected. */
    record Case(String name, List<String> files, List<String> args, int status, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, List<String> files, int status, String message, String... args) {
        return new Case(name, files, List.of(args), status, message);
    }

    private static final String QUESTION = "id: q\ntitle: T\ntopic: t\ngenerator: network\nparameters:\n%s\nstem: s\nparts:\n  - answer: %s\n    marks: 1\n    text: t\n";

    private static String question(String parameters, String answer) {
        return String.format(QUESTION, parameters, answer);
    }

    static Stream<Case> cases() {
        List<String> none = List.of();
        String[] batchArgs = {"--out", "{dir}/out", "--bank", "question-bank", "--templates", "templates", "--formats", "html", "--paper", "backprop-quiz"};
        List<Case> cases = new ArrayList<>();
        // rosters
        for (String[] roster : new String[][] {
            {"an empty roster", "", "r.csv: is empty; it needs a header line"},
            {"a roster with a header only", "id,name\n", "r.csv: has no students below its header"},
            {"a column named twice", "id,name,ID\nk1,Ann,k\n", "r.csv:1: the header names the column 'ID' twice"},
            {"no name column", "id,email\nk1,a@b\n", "r.csv:1: the header has no 'name' column (it has id, email)"},
            {"a quote never closed", "id,name\nk1,\"Ann\nk2,Bo\n", "r.csv:2: a field opens with a quote"},
            {"a repeated id", "id,name\nk1,Ann\nK1,Bo\n", "r.csv:3: id 'K1' is already on line 2"},
            {"an id that is no folder name", "id,name\na/b,Ann\n", "r.csv:2: id 'a/b'"},
            {"a bell in a name", "id,name\nk1,An\u0007n\n", "r.csv:2: the name of k1"},
            {"a direction override in a name", "id,name\nk1,Ann\u202E\n", "r.csv:2: the name of k1"},
            {"a row with a field too many", "id,name\nk1,Ann,extra\n", "r.csv:2: has 3 fields, the header 2"},
            {"an id of 65 characters", "id,name\n" + "k".repeat(65) + ",Ann\n", "r.csv:2: id '"}}) {
            List<String> args = new ArrayList<>(List.of("batch", "--roster", "{dir}/r.csv"));
            args.addAll(List.of(batchArgs));
            cases.add(new Case(roster[0], List.of("r.csv", roster[1]), args, 2, roster[2]));
        }
        cases.add(c("a roster of more than 100,000 students", none, 2, "big.csv:100002: more than 100000 students",
                "batch", "--roster", "{dir}/big.csv", "--out", "{dir}/out"));
        cases.add(c("a benchmark of more students than a roster holds", none, 2, "--students", "benchmark", "--students", "100001"));
        cases.add(c("a roster that is a folder", none, 2, ": is a folder; give the CSV file", "batch", "--roster", "{dir}", "--out", "{dir}/out"));
        cases.add(c("a roster that is not there", none, 2, "missing.csv: no such file", "batch", "--roster", "{dir}/missing.csv", "--out", "{dir}/out"));
        cases.add(c("a roster in Latin-1", none, 2, "latin1.csv:2: not UTF-8 text (after 'k1,Ren' comes byte E9)", "batch", "--roster", "{dir}/latin1.csv",
                "--out", "{dir}/out"));
        // responses
        for (String[] responses : new String[][] {
            {"responses with a header only", "student_id,question,part,answer\n", "a.csv: has no answers below its header"},
            {"responses without an answer column", "student_id,question,part\ns1,1,a\n", "a.csv:1: no 'answer' column"},
            {"responses with a quote never closed", "student_id,question,part,answer\ns1,1,a,\"0.5\n", "a.csv:2: a field opens with a quote"},
            {"responses that are empty", "", "a.csv: is empty"}}) {
            cases.add(new Case(responses[0], List.of("a.csv", responses[1]), List.of("mark", "--batch", "{batch}", "--responses", "{dir}/a.csv",
                    "--bank", "question-bank", "--templates", "templates"), 2, responses[2]));
        }
        cases.add(c("responses that are not there", none, 2, "nothing.csv: no such file", "mark", "--batch", "{batch}", "--responses",
                "{dir}/nothing.csv", "--bank", "question-bank"));
        // solve
        cases.add(c("too few weights", none, 2, "--weights: shape 2-2-1 needs 6 weights", "solve", "--shape", "2-2-1", "--weights", "1,2,3",
                "--input", "2,3", "--target", "1"));
        cases.add(c("an unknown activation", none, 2, "--activations: unknown activation 'softmax'", "solve", "--activations", "softmax"));
        cases.add(c("a weight that is no number", none, 2, "--weights: 'abc' is not a number", "solve", "--shape", "2-2-1", "--weights",
                "1,2,abc,4,5,6", "--input", "2,3", "--target", "1"));
        cases.add(c("a negative learning rate", none, 2, "--alpha: the learning rate α must be positive", "solve", "--alpha", "-0.1"));
        cases.add(c("an input too many", none, 2, "--input: the network takes 2 inputs, got 3", "solve", "--input", "1,2,3"));
        cases.add(c("a network too wide to work by hand", none, 2, "--shape: '1-700000-1' has a layer of more than 100 units", "solve",
                "--shape", "1-700000-1", "--weights", "1", "--input", "1", "--target", "1"));
        cases.add(c("an input of a billion digits", none, 2, "--input: '1e999999999' is beyond the numbers examgen reads", "solve",
                "--input", "1e999999999,3"));
        // papers, banks, options
        cases.add(c("no bank", none, 2, "no question bank here", "paper", "--bank", "{dir}/nobank", "--out", "{dir}/out"));
        cases.add(c("an unknown paper", none, 2, "--paper: no paper 'nope'", "paper", "--paper", "nope", "--out", "{dir}/out"));
        cases.add(c("an unknown --only", none, 2, "--only: give paper, key or both, got 'answers'", "paper", "--only", "answers", "--out", "{dir}/out"));
        cases.add(c("a name without an id", none, 2, "--student-name needs --student-id", "paper", "--student-name", "Ann", "--out", "{dir}/out"));
        cases.add(c("an id that is no folder name", none, 2, "--student-id: 'a/b'", "paper", "--student-id", "a/b", "--out", "{dir}/out"));
        cases.add(c("an output folder under a file", List.of("notes.txt", "mine"), 2, "notes.txt is a file, where a folder is needed", "paper",
                "--out", "{dir}/notes.txt/exams"));
        cases.add(c("too many variants for an export", none, 2, "--variants", "export", "moodle", "--variants", "100000", "--out", "{dir}/out"));
        cases.add(c("an export to a file of another kind", none, 2, "out.txt", "export", "qti", "--variants", "1", "--out", "{dir}/out.txt"));
        cases.add(c("no seeds to stress", none, 2, "--seeds", "stress", "--seeds", "0"));
        // a question file checked or previewed alone
        cases.add(c("a shape beyond the limits", List.of("q.yaml", question("  shape: 5-2-1", "yhat")), 2, "q.yaml:6: parameters.shape:",
                "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("a quantity the network lacks", List.of("q.yaml", question("  shape: 2-2-1", "dE_dw9")), 2,
                "q.yaml:9: parts[1].answer: generator network has no answer 'dE_dw9' here; it offers", "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("a dead sigmoid", List.of("q.yaml", question("  activations: [relu, sigmoid]\n  conditions: [dead yhat]", "yhat")), 2,
                "q.yaml:7: parameters.conditions: yhat is not a ReLU unit", "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("too few fixed weights", List.of("q.yaml", question("  weights: [0.1, 0.2]", "yhat")), 2,
                "q.yaml:6: parameters.weights: the question has 6 weights w1 … w6: write 6 numbers", "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("a weight of a million digits' size", List.of("q.yaml", question("  weights: [1e999999999, 0, 0, 0, 0, 0]", "yhat")), 2,
                "q.yaml:6: parameters.weights[1]: expected a number", "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("a range of a billion digits' size", List.of("q.yaml", question("  weights: {min: -1e999999999, max: 0.5, places: 2}", "yhat")), 2,
                "q.yaml:6: parameters.weights: '-1e999999999' is beyond the numbers examgen reads", "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("a label of a billion digits' size", none, 2, "--target: '1e999999999' is beyond the numbers examgen reads", "solve",
                "--target", "1e999999999"));
        cases.add(c("an impossible range", List.of("q.yaml", question("  weights: {min: 0.5, max: -0.5, places: 2}", "yhat")), 2,
                "q.yaml:6: parameters.weights: the range is empty", "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("an unknown table", List.of("q.yaml", question("  shape: 2-2-1", "yhat").replace("  - answer: yhat", "  - table: slide-42")), 2,
                "q.yaml:9: parts[1].table: generator network has no table 'slide-42'", "preview", "{dir}/q.yaml", "--out", "{dir}/out"));
        cases.add(c("a question file that is not there", none, 2, "none.yaml: no such file", "preview", "{dir}/none.yaml", "--out", "{dir}/out"));
        cases.add(c("no variants to preview", List.of("q.yaml", question("  shape: 2-2-1", "yhat")), 2, "--variants", "preview", "{dir}/q.yaml",
                "--variants", "0", "--out", "{dir}/out"));
        return cases.stream();
    }

    @BeforeAll
    static void makeABatch() throws IOException {
        Files.writeString(shared.resolve("class.csv"), "id,name\ns1,Ann\ns2,Bo\n");
        TestLauncher.Result made = TestLauncher.run("batch", "--roster", shared.resolve("class.csv").toString(), "--out", shared.toString(),
                "--paper", "backprop-quiz", "--formats", "html", "--bank", "question-bank", "--templates", "templates");
        assertEquals(0, made.status(), made.err());
        batch = shared.resolve("backprop-quiz-batch");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithItsPlaceAndTheFixAndLeavesNothing(Case bad, @TempDir Path dir) throws IOException {
        for (int i = 0; i < bad.files().size(); i += 2) {
            Files.writeString(dir.resolve(bad.files().get(i)), bad.files().get(i + 1), StandardCharsets.UTF_8);
        }
        if (bad.name().startsWith("a roster of more than")) {
            StringBuilder big = new StringBuilder("id,name\n");
            for (int i = 1; i <= 100_001; i++) {
                big.append('k').append(i).append(",Student\n");
            }
            Files.writeString(dir.resolve("big.csv"), big);
        }
        if (bad.name().equals("a roster in Latin-1")) {
            Files.write(dir.resolve("latin1.csv"), "id,name\nk1,Ren\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        List<String> before = listing(dir);
        String[] args = bad.args().stream().map(a -> a.replace("{dir}", dir.toString()).replace("{batch}", batch.toString())).toArray(String[]::new);
        TestLauncher.Result result = TestLauncher.run(args);
        assertEquals(bad.status(), result.status(), bad.name() + ": " + result.err());
        assertTrue(result.err().contains(bad.message()), bad.name() + ": " + result.err());
        assertTrue(result.err().strip().lines().count() <= 3, bad.name() + ", a short message: " + result.err());
        assertEquals(before, listing(dir), bad.name() + ": nothing is written or left behind");
        assertTrue(!Files.exists(batch.resolve("marks")), "no marks are written");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }
}
