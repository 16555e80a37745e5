package examgen.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import examgen.cli.TestLauncher;
import examgen.export.Sha256;
import examgen.numeric.Real;

/** A 30-student batch, checked file by file, recomputed from its own JSON, made again, and grown by one student. */
class BatchTest {

    private static final int STUDENTS = 30;

    @TempDir
    static Path dir;

    private static Path batch;

    private static Path roster(Path folder, int count) throws IOException {
        List<String> lines = new ArrayList<>(List.of("id,name,group"));
        for (int i = 0; i < count; i++) {
            lines.add("k" + (2000 + i) + ",Student " + i + "," + (i % 3 == 0 ? "=1+1" : "G" + (i % 3)));
        }
        Path file = folder.resolve("roster-" + count + ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static Path run(Path roster, Path out, String... options) {
        List<String> arguments = new ArrayList<>(List.of("batch", "--roster", roster.toString(), "--out", out.toString(), "--bank", "question-bank",
                "--templates", "templates"));
        arguments.addAll(List.of(options));
        TestLauncher.Result result = TestLauncher.run(arguments.toArray(String[]::new));
        assertEquals(0, result.status(), result.err());
        return out.resolve("week7-practice-batch");
    }

    @BeforeAll
    static void makeTheBatch() throws IOException {
        batch = run(roster(dir, STUDENTS), dir.resolve("first"));
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void everyFileIsPresentAndInTheManifestWithItsHash() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(batch.resolve("manifest.json").toFile());
        assertEquals(STUDENTS, manifest.at("/roster/students").asInt());
        Map<String, String> listed = new HashMap<>();
        manifest.get("files").forEach(f -> listed.put(f.get("path").asText(), f.get("sha256").asText()));
        Map<String, byte[]> present = files(batch);
        present.remove("manifest.json");
        assertEquals(present.keySet(), listed.keySet());
        present.forEach((name, bytes) -> assertEquals(Sha256.hex(bytes), listed.get(name), name));
        for (int i = 0; i < STUDENTS; i++) {
            for (String file : List.of("paper.pdf", "key.pdf", "paper.html", "key.html", "variants.json")) {
                assertTrue(present.containsKey("students/k" + (2000 + i) + "/" + file), file);
            }
        }
        assertEquals(STUDENTS, manifest.get("students").size());
        assertEquals(19, manifest.at("/students/0/slotSeeds").size(), "every slot's seed");
    }

    @Test
    void theMarkingTableHasARowPerStudentAndPartAndIsSafeInSpreadsheets() throws IOException {
        List<String> lines = Files.readAllLines(batch.resolve("marking.csv"));
        assertEquals("student_id,name,code,question,part,answer,accepted,marks,group", lines.get(0));
        JsonNode paper = new ObjectMapper().readTree(batch.resolve("students/k2000/variants.json").toFile());
        int parts = 0;
        for (JsonNode variant : paper.get("variants")) {
            parts += variant.get("parts").size();
        }
        assertEquals(1 + STUDENTS * parts, lines.size());
        assertTrue(lines.get(1).endsWith(",'=1+1"), "a formula-like cell is kept as text: " + lines.get(1));
    }

    @Test
    void everyAnswerRecomputesFromTheStudentsOwnJson() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < STUDENTS; i++) {
            JsonNode paper = mapper.readTree(batch.resolve("students/k" + (2000 + i) + "/variants.json").toFile());
            for (JsonNode variant : paper.get("variants")) {
                JsonNode values = variant.get("values");
                for (JsonNode part : variant.get("parts")) {
                    if (!part.get("type").asText().equals("numeric")) {
                        continue;
                    }
                    Real value = Real.parse(part.at("/value/decimal").asText());
                    assertTrue(Real.parse(part.at("/accepted/min/decimal").asText()).compareTo(value) <= 0);
                    assertTrue(Real.parse(part.at("/accepted/max/decimal").asText()).compareTo(value) >= 0);
                    Real recomputed = recompute(variant.get("question").asText(), part.get("answer").asText(), values);
                    if (recomputed != null) {
                        assertEquals(recomputed, Real.parse(part.at("/value/exact").asText()), variant.get("question").asText() + " " + part.get("answer"));
                    }
                }
            }
        }
    }

    private static Real v(JsonNode values, String name) {
        return Real.parse(values.at("/" + name + "/exact").asText());
    }

    /** Independent formulas for some families, from the printed values only; null where none is written here. */
    private static Real recompute(String question, String answer, JsonNode values) {
        switch (question) {
            case "update-rule":
                return v(values, "w").subtract(v(values, "alpha").multiply(v(values, "gradient")));
            case "forward-pass-toy": {
                Real h1 = relu(v(values, "x1").multiply(v(values, "w1")).add(v(values, "x2").multiply(v(values, "w2"))));
                Real h2 = relu(v(values, "x1").multiply(v(values, "w3")).add(v(values, "x2").multiply(v(values, "w4"))));
                return switch (answer) {
                    case "h1" -> h1;
                    case "h2" -> h2;
                    default -> relu(h1.multiply(v(values, "w5")).add(h2.multiply(v(values, "w6"))));
                };
            }
            case "batch-norm":
                if (answer.equals("mean")) {
                    Real sum = Real.ZERO;
                    int m = values.get("m").asInt();
                    for (int i = 1; i <= m; i++) {
                        sum = sum.add(v(values, "a" + i));
                    }
                    return sum.divide(Real.of(m));
                }
                return null;
            default:
                return null;
        }
    }

    private static Real relu(Real z) {
        return z.signum() > 0 ? z : Real.ZERO;
    }

    @Test
    void noTwoStudentsShareTheNumbersOfANumericQuestion() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<Integer, Set<String>> seen = new HashMap<>();
        for (int i = 0; i < STUDENTS; i++) {
            JsonNode paper = mapper.readTree(batch.resolve("students/k" + (2000 + i) + "/variants.json").toFile());
            for (int slot = 0; slot < paper.get("variants").size(); slot++) {
                JsonNode values = paper.get("variants").get(slot).get("values");
                if (values.size() > 0) {
                    assertTrue(seen.computeIfAbsent(slot, s -> new HashSet<>()).add(values.toString()),
                            "slot " + (slot + 1) + " repeats its numbers for k" + (2000 + i));
                }
            }
        }
        assertTrue(Files.readString(batch.resolve("report.txt")).contains("most draws"), "the report tabulates every question");
    }

    @Test
    void aSecondRunIsByteIdenticalAndAnAddedStudentChangesOnlyTheirOwnFiles() throws IOException {
        Map<String, byte[]> first = files(batch);
        // on another number of threads, as on a machine with more cores: the students are made in another order
        Map<String, byte[]> again = files(run(roster(dir, STUDENTS), dir.resolve("again"), "--threads", "3"));
        assertEquals(first.keySet(), again.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), name));

        Map<String, byte[]> grown = files(run(roster(dir, STUDENTS + 1), dir.resolve("grown")));
        String added = "students/k" + (2000 + STUDENTS) + "/";
        assertTrue(grown.keySet().stream().anyMatch(name -> name.startsWith(added)));
        for (Map.Entry<String, byte[]> file : first.entrySet()) {
            if (file.getKey().startsWith("students/")) {
                assertArrayEquals(file.getValue(), grown.get(file.getKey()), file.getKey() + " changed when a student was added");
            }
        }
        assertFalse(Files.exists(dir.resolve("grown").resolve(".week7-practice-batch.partial")), "no partial folder is left");
    }

    @Test
    void oneStudentsPdfsComeBackAloneFromThePaperCommand() throws IOException {
        Path alone = dir.resolve("alone");
        TestLauncher.Result result = TestLauncher.run("paper", "--student-id", "k2007", "--student-name", "Student 7", "--formats", "pdf",
                "--out", alone.toString(), "--bank", "question-bank", "--templates", "templates");
        assertEquals(0, result.status(), result.err());
        for (String file : List.of("paper.pdf", "key.pdf")) {
            assertArrayEquals(Files.readAllBytes(batch.resolve("students/k2007").resolve(file)),
                    Files.readAllBytes(alone.resolve("week7-practice-k2007").resolve(file)), file);
        }
    }

    @Test
    void aQuestionsTypicalSizeIsNotPulledDownByOneAllButZeroAnswer() throws IOException {
        // the bump's output far outside the bump is about 1e-44; its other answers are biases, weights and heights
        String bump = Files.readAllLines(batch.resolve("report.txt")).stream().filter(line -> line.matches("\\d+ +bump .*")).findFirst()
                .orElseThrow();
        double smallest = Double.parseDouble(bump.trim().split(" +")[2]);
        assertTrue(smallest >= 0.01, bump);
    }

    @Test
    void noStudentsNumbersAreAnOrderOfMagnitudeFromTheOthers() throws IOException {
        // the shipped bank keeps answers away from 0 (at-least) where a cancellation could make them tiny
        List<String> rows = Files.readAllLines(batch.resolve("report.txt")).stream().filter(line -> line.matches("\\d+ +[a-z0-9-]+ .*")).toList();
        assertEquals(19, rows.size(), String.join("\n", rows));
        for (String row : rows) {
            assertEquals("0", row.trim().split(" +")[5], "outliers: " + row);
        }
    }
}
