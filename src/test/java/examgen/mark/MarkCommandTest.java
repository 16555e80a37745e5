package examgen.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import examgen.cli.TestLauncher;
import examgen.numeric.Real;

/** Marking responses that the test writes from the students' own keys: right, wrong, follow-through, mistakes, copying, mess. */
class MarkCommandTest {

    @TempDir
    static Path dir;

    private static Path batch;

    @BeforeAll
    static void makeABatch() throws IOException {
        batch = quizBatch(dir, "id,name\nright,Ann Right\nwrong,Bo Wrong\ncarry,Cy Carry\ncopy,Di Copy\n");
    }

    /** @return a batch of the backprop quiz, HTML only, made in {@code folder} for the roster */
    private static Path quizBatch(Path folder, String roster) throws IOException {
        Path file = Files.writeString(folder.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
        TestLauncher.Result made = TestLauncher.run("batch", "--roster", file.toString(), "--paper", "backprop-quiz", "--formats", "html",
                "--out", folder.toString(), "--bank", "question-bank", "--templates", "templates");
        assertEquals(0, made.status(), made.err());
        return folder.resolve("backprop-quiz-batch");
    }

    private static JsonNode paper(String id) throws IOException {
        return new ObjectMapper().readTree(batch.resolve("students").resolve(id).resolve("variants.json").toFile());
    }

    /** @return the rows answering every numeric and choice part of {@code id}'s paper the way {@code answer} says */
    private static List<String> rows(String id, JsonNode paper, Answerer answer) {
        List<String> rows = new ArrayList<>();
        JsonNode variants = paper.get("variants");
        for (int q = 0; q < variants.size(); q++) {
            for (JsonNode part : variants.get(q).get("parts")) {
                String given = answer.answer(q + 1, part);
                if (given != null) {
                    rows.add(id + "," + (q + 1) + "," + part.get("label").asText() + ",\"" + given + "\"");
                }
            }
        }
        return rows;
    }

    private interface Answerer {
        String answer(int question, JsonNode part);
    }

    private static String right(JsonNode part) {
        return switch (part.get("type").asText()) {
            case "numeric" -> part.get("display").asText();
            case "choice" -> part.get("correct").asText();
            default -> "Because the gradient …";
        };
    }

    private static List<String> marks() throws IOException {
        return Files.readAllLines(batch.resolve("marks/marks.csv"));
    }

    @Test
    void marksRightWrongFollowThroughMistakesCopyingAndMess() throws IOException {
        JsonNode ann = paper("right");
        JsonNode cy = paper("carry");
        List<String> lines = new ArrayList<>(List.of("Student_ID,question,part,answer"));
        lines.addAll(rows("right", ann, (q, part) -> right(part)));
        lines.addAll(rows("wrong", paper("wrong"), (q, part) -> part.get("type").asText().equals("numeric") ? "1000"
                : part.get("type").asText().equals("choice") ? (part.get("correct").asText().equals("A") ? "B" : "A") : ""));
        // Cy: h1 off by 0.1 in question 1, then ŷ right for that wrong h1; Δ reversed for ∂E/∂w5 in question 2
        JsonNode toy = cy.get("variants").get(0);
        Real wrongH1 = Real.parse(toy.at("/parts/0/value/exact").asText()).add(Real.parse("0.1"));
        Real h2 = Real.parse(toy.at("/parts/1/value/exact").asText());
        Real carried = wrongH1.multiply(Real.parse(toy.at("/values/w5/exact").asText()))
                .add(h2.multiply(Real.parse(toy.at("/values/w6/exact").asText())));
        lines.addAll(rows("carry", cy, (q, part) -> {
            if (q == 2 && part.get("label").asText().equals("b")) {
                return null;
            }
            if (q == 1 && part.get("answer").asText().equals("h1")) {
                return wrongH1.toString().replace('.', ',');
            }
            if (q == 1 && part.get("answer").asText().equals("yhat")) {
                return " " + carried + " ";
            }
            if (q == 2 && part.get("answer").asText().equals("dE_dw5")) {
                for (JsonNode mistake : part.get("mistakes")) {
                    if (mistake.get("mistake").asText().equals("delta-reversed")) {
                        return mistake.get("display").asText();
                    }
                }
            }
            return right(part);
        }));
        lines.addAll(rows("copy", paper("copy"), (q, part) -> null));
        lines.addAll(rows("copy", ann, (q, part) -> right(part)));
        lines.add("ghost,1,a,0.5");
        lines.add("right,9,a,0.5");
        lines.add("right,1,a,0.9");
        lines.add("wrong,1,q,1");
        lines.add("carry,2,b,maybe");
        Path responses = dir.resolve("responses.csv");
        Files.write(responses, lines, StandardCharsets.UTF_8);

        TestLauncher.Result result = TestLauncher.run("mark", "--batch", batch.toString(), "--responses", responses.toString(),
                "--bank", "question-bank", "--templates", "templates", "--force");
        assertEquals(0, result.status(), result.err());

        List<String> totals = Files.readAllLines(batch.resolve("marks/totals.csv"));
        String annTotal = totals.stream().filter(l -> l.startsWith("right,")).findFirst().orElseThrow();
        String[] annFields = annTotal.split(",");
        int byHand = Integer.parseInt(annFields[5]);
        assertEquals(Integer.parseInt(annFields[4]) - byHand, Integer.parseInt(annFields[3]), "all right: " + annTotal);
        String boTotal = totals.stream().filter(l -> l.startsWith("wrong,")).findFirst().orElseThrow();
        assertEquals("0", boTotal.split(",")[3], "all wrong: " + boTotal);

        List<String> marks = marks();
        assertTrue(marks.stream().anyMatch(l -> l.startsWith("carry,Cy Carry,1,a,") && l.contains(",0,1,wrong,")), "h1 wrong");
        assertTrue(marks.stream().anyMatch(l -> l.startsWith("carry,Cy Carry,1,c,") && l.contains(",follow-through,")), "ŷ by follow-through");
        assertTrue(marks.stream().anyMatch(l -> l.startsWith("carry,Cy Carry,2,c,") && l.contains("mistake,Δ taken as y − ŷ")), "Δ reversed named");
        assertTrue(marks.stream().filter(l -> l.startsWith("wrong,Bo Wrong,")).allMatch(l -> l.contains(",0,")), "Bo earns nothing");

        String problems = Files.readString(batch.resolve("marks/problems.txt"));
        assertTrue(problems.lines().allMatch(l -> l.matches(Pattern.quote(responses.toString()) + ":\\d+: .+")), "named by file and line: " + problems);
        assertTrue(problems.contains("no student 'ghost'"), problems);
        assertTrue(problems.contains("the paper has no question 9"), problems);
        assertTrue(problems.contains("a second answer to question 1(a) for right"), problems);
        assertTrue(problems.contains("question 1 has no part 'q'"), problems);
        assertTrue(problems.contains("'maybe' is not one of the options") || problems.contains("'maybe' is not a number"), problems);

        String copying = Files.readString(batch.resolve("marks/copying.txt"));
        assertTrue(copying.contains("copy answered") && copying.contains("right's numbers"), copying);
        assertTrue(Files.readString(batch.resolve("marks/feedback/carry.html")).contains("follow-through"));

        // the class report: every part's statistics, the mistakes, links to each student's page, grades from the totals
        List<String> results = Files.readAllLines(batch.resolve("marks/results.csv"));
        assertTrue(results.get(0).startsWith("level,question,part,max,students,facility,discrimination,upper_lower,blank,"), results.get(0));
        assertTrue(results.stream().anyMatch(l -> l.startsWith("part,1,c,2,4,")), "ŷ's row");
        assertTrue(results.stream().anyMatch(l -> l.startsWith("paper,,,")), "the paper's row");
        assertTrue(results.stream().noneMatch(l -> l.contains("NaN")), "an undefined statistic is empty, with its reason");
        assertTrue(Files.readString(batch.resolve("marks/mistakes.csv")).contains(",delta-reversed,Δ taken as y − ŷ instead of ŷ − y,"));
        String page = Files.readString(batch.resolve("marks/results.html"));
        for (String id : List.of("right", "wrong", "carry", "copy")) {
            assertTrue(page.contains("<a href=\"feedback/" + id + ".html\">" + id + "</a>"), id);
        }
        assertTrue(new String(Files.readAllBytes(batch.resolve("marks/results.pdf")), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        List<String> grades = Files.readAllLines(batch.resolve("marks/grades.csv"));
        assertEquals("student_id,name,marks,max,percent,to_mark_by_hand", grades.get(0));
        List<String> moodle = Files.readAllLines(batch.resolve("marks/grades-moodle.csv"));
        assertEquals("ID number,Backpropagation quiz", moodle.get(0));
        for (String total : totals.subList(1, totals.size())) {
            String[] f = total.split(",");
            assertTrue(moodle.contains(f[0] + "," + f[3]), "Moodle's grade of " + f[0]);
            assertTrue(grades.stream().anyMatch(g -> g.startsWith(f[0] + "," + f[1] + "," + f[3] + "," + f[4] + ",")), "grade of " + f[0]);
        }
    }

    @Test
    void aResponsesFileInsideTheMarksFolderIsKept() throws IOException {
        boolean marked = Files.isDirectory(batch.resolve("marks"));
        Path inside = Files.createDirectories(batch.resolve("marks")).resolve("typed.csv");
        Files.writeString(inside, "student_id,question,part,answer\nright,1,a,0.5\n");
        TestLauncher.Result result = TestLauncher.run("mark", "--batch", batch.toString(), "--responses", inside.toString(), "--force",
                "--bank", "question-bank", "--templates", "templates");
        assertEquals(2, result.status());
        assertTrue(result.err().contains(inside + " is inside " + batch.resolve("marks") + ", which this run would replace"), result.err());
        assertTrue(Files.exists(inside));
        Files.delete(inside);
        if (!marked) {
            // the other tests mark this batch without --force
            Files.delete(batch.resolve("marks"));
        }
    }

    @Test
    void aTypedAnswerOrANameThatLooksLikeAFormulaIsKeptAsText(@TempDir Path elsewhere) throws IOException {
        Path small = quizBatch(elsewhere, "id,name\nk1,@evil\n");
        Path responses = Files.writeString(elsewhere.resolve("responses.csv"),
                "student_id,question,part,answer\nk1,1,a,\"=HYPERLINK(\"\"http://x\"\")\"\nk1,1,b,-0.5\n", StandardCharsets.UTF_8);
        TestLauncher.Result marked = TestLauncher.run("mark", "--batch", small.toString(), "--responses", responses.toString(),
                "--bank", "question-bank", "--templates", "templates");
        assertEquals(0, marked.status(), marked.err());
        List<String> marks = Files.readAllLines(small.resolve("marks/marks.csv"));
        assertTrue(marks.stream().anyMatch(l -> l.startsWith("k1,'@evil,1,a,\"'=HYPERLINK(\"\"http://x\"\")\",")), String.join("\n", marks));
        assertTrue(marks.stream().anyMatch(l -> l.startsWith("k1,'@evil,1,b,-0.5,")), "a typed number stays a number");
        assertTrue(Files.readAllLines(small.resolve("marks/totals.csv")).get(1).startsWith("k1,'@evil,"));
    }

    @Test
    void answersAreReadAsTyped() {
        assertEquals(Real.parse("0.58"), AnswerText.number(" 0,58 ").orElseThrow());
        assertEquals(Real.of(-1, 3), AnswerText.number("-1/3").orElseThrow());
        assertEquals(Real.parse("-0.25"), AnswerText.number("\u22120.25").orElseThrow());
        assertTrue(AnswerText.number("   ").isEmpty());
        // as a Chinese or Japanese input method types them: full-width digits and signs, an ideographic space
        assertEquals(Real.parse("-0.6728"), AnswerText.number("－０．６７２８").orElseThrow());
        assertEquals(Real.of(-1, 3), AnswerText.number("\u3000－１／３").orElseThrow());
        assertEquals("B", AnswerText.label("Ｂ"));
        assertEquals("B", AnswerText.label(" b) "));
    }

    @Test
    void aFeedbackFileThatTheLocaleCannotNameIsOneLineAndLeavesNothing(@TempDir Path elsewhere) throws Exception {
        Path batch = quizBatch(elsewhere, "id,name\nŁukasz01,Łukasz\n");
        Path responses = Files.writeString(elsewhere.resolve("responses.csv"), "student_id,question,part,answer\nŁukasz01,1,a,0.5\n",
                StandardCharsets.UTF_8);
        // marked by a JVM under the C locale, as by cron or in a container: it writes file names in ASCII only
        ProcessBuilder builder = TestLauncher.inAnotherJvm("mark", "--batch", batch.toString(), "--responses", responses.toString(),
                "--bank", "question-bank", "--templates", "templates");
        builder.environment().put("LC_ALL", "C");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process run = builder.start();
        String said = new String(run.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertEquals(1, run.waitFor(), said);
        assertTrue(said.startsWith("examgen mark: could not make a file name of '") && said.endsWith(
                "malformed input or input contains unmappable characters; run examgen in a UTF-8 locale (LC_ALL=C.UTF-8), as ./examgen does"), said);
        assertEquals(1, said.lines().count(), said);
        try (var left = Files.list(batch)) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().contains("marks")), "no marks folder, whole or partial");
        }
    }
}
