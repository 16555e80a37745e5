package examgen.cli;

import static examgen.cli.SolveCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import examgen.bank.Bank;
import examgen.cli.SolveCommandTest.Result;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;

class BankCommandsTest {

    @Test
    void theShippedBankValidates() {
        Result result = run("validate", "--bank", "question-bank", "--seeds", "5");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("no problems"), result.out());
    }

    @Test
    void validatingWithNoSeedsIsRefusedRatherThanPassed() {
        Result result = run("validate", "--bank", "question-bank", "--seeds", "0");
        assertEquals(2, result.status());
        assertTrue(result.err().contains("examgen validate: --seeds: give at least 1, got 0"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aTemplateErrorIsReportedWithItsLineAndNothingIsGenerated(@TempDir Path bank) throws IOException {
        Path file = updateRuleQuestion(bank, "typo", "stem: |\n  First line.\n  Weight ${wieght}.\n"
                + "parts:\n  - answer: updated\n    marks: 1\n    text: Compute it.\n");
        Result validated = run("validate", "--bank", bank.toString(), "--seeds", "2");
        assertEquals(1, validated.status());
        assertTrue(validated.err().contains(file + ":7: stem: template error:"), validated.err());
        assertTrue(validated.err().contains("wieght"), validated.err());
        Result generated = run("variant", "typo", "--bank", bank.toString());
        assertEquals(2, generated.status(), generated.err());
        assertEquals("", generated.out());
    }

    @Test
    void mathsThatCannotBeTypesetIsReportedWithItsFileAndLineBeforeAnythingIsWritten(@TempDir Path bank) throws IOException {
        Path file = updateRuleQuestion(bank, "tex", "stem: A weight \\(w = ${w}\\).\n"
                + "parts:\n  - answer: updated\n    marks: 1\n    text: Compute \\(\\nosuchcommand{w}\\).\n"
                + "  - answer: rule\n    marks: 1\n    text: Which rule, \\(\\frac{1}{\\)?\n");
        Result validated = run("validate", "--bank", bank.toString(), "--seeds", "2");
        assertEquals(1, validated.status());
        assertTrue(validated.err().contains(file + ":9: parts[1].text: cannot typeset \\(\\nosuchcommand{w}\\): Unknown symbol or command"
                + " or predefined TeXFormula: 'nosuchcommand'; correct the maths between \\( and \\)"), validated.err());
        Files.writeString(file, Files.readString(file).replace("\\nosuchcommand{w}", "w"));
        Result braces = run("validate", "--bank", bank.toString(), "--seeds", "2");
        assertTrue(braces.err().contains(file + ":12: parts[2].text: unbalanced braces in maths: \\frac{1}{; correct the maths"), braces.err());
        paper(bank, "  - question: tex\n");
        Result paper = run("paper", "--bank", bank.toString(), "--paper", "p", "--out", bank.resolve("out").toString());
        assertEquals(2, paper.status());
        assertTrue(paper.err().contains(file + ":12: parts[2].text: unbalanced braces"), paper.err());
        assertNothingIn(bank.resolve("out"));
    }

    @Test
    void mathsBrokenForSomeVariantsOnlyIsNamedWithItsFileAndLineWhicheverStudentMeetsIt(@TempDir Path bank) throws IOException {
        // the maths is well-formed for a positive weight and broken for a negative one: the first student's is positive
        Path file = updateRuleQuestion(bank, "tex", "stem: A weight \\(w = ${w}\\). <#if w?starts_with('-')>\\(\\frac{1}{\\)<#else>\\(x\\)</#if>\n"
                + "parts:\n  - answer: updated\n    marks: 1\n    text: Compute it.\n");
        paper(bank, "  - question: tex\n");
        Path roster = bank.resolve("class.csv");
        Files.writeString(roster, "id,name\ns1,A\ns2,B\ns3,C\ns4,D\ns5,E\ns6,F\ns7,G\ns8,H\n");
        Result batch = run("batch", "--bank", bank.toString(), "--paper", "p", "--roster", roster.toString(), "--threads", "1",
                "--formats", "html", "--out", bank.resolve("out").toString());
        assertEquals(2, batch.status(), batch.err());
        assertTrue(batch.err().contains(file + ":5: stem: unbalanced braces in maths: \\frac{1}{; correct the maths"), batch.err());
        assertNothingIn(bank.resolve("out"));
    }

    @Test
    void mathsInAPapersInstructionsIsCheckedWithItsFileAndLine(@TempDir Path bank) throws IOException {
        conceptBank(bank, "  - question: c1\n");
        Path paper = bank.resolve("papers/p.yaml");
        Files.writeString(paper, Files.readString(paper).replace("instructions: i\n", "instructions: >-\n  Answer all.\n  Give \\(\\frac{1}{\\).\n"));
        String expected = paper + ":7: instructions: unbalanced braces in maths: \\frac{1}{; correct the maths between \\( and \\)";
        Result validated = run("validate", "--bank", bank.toString(), "--seeds", "1");
        assertEquals(1, validated.status());
        assertTrue(validated.err().contains(expected), validated.err());
        Result made = run("paper", "--bank", bank.toString(), "--paper", "p", "--out", bank.resolve("out").toString());
        assertEquals(2, made.status());
        assertEquals("examgen paper: " + expected, made.err().strip());
        assertNothingIn(bank.resolve("out"));
    }

    @Test
    void mathsInAConceptQuestionsOptionsOrModelAnswerIsCheckedToo(@TempDir Path bank) throws IOException {
        Path file = bank.resolve("concept.yaml");
        String question = "id: concept\ntitle: T\ntopic: x\ngenerator: concept\nparameters:\n  answer: The slope \\(\\sigma'\\) is small.\n"
                + "  points: [small slope]\n  options:\n    - text: \\(\\sigma' \\le 0.25\\)\n      correct: true\n"
                + "    - text: \\(\\sigma' = 1\\)\n      why: that is ReLU's\nstem: Why?\n"
                + "parts:\n  - answer: choice\n    marks: 1\n    text: Pick one.\n  - answer: written\n    marks: 1\n    text: Explain.\n";
        Files.writeString(file, question);
        assertEquals(0, run("validate", "--bank", bank.toString(), "--seeds", "1").status());
        Files.writeString(file, question.replace("\\sigma' = 1", "\\sigmaa = 1"));
        Result option = run("validate", "--bank", bank.toString(), "--seeds", "1");
        assertEquals(1, option.status());
        assertTrue(option.err().contains(file + ": question concept, parameters.options (part (a)): cannot typeset \\(\\sigmaa = 1\\)"),
                option.err());
        Files.writeString(file, question.replace("\\(\\sigma'\\) is small", "\\(\\sigma' is small"));
        Result answer = run("validate", "--bank", bank.toString(), "--seeds", "1");
        assertTrue(answer.err().contains(file + ": question concept, parameters.answer or points (part (b)): maths opened and never closed"),
                answer.err());
    }

    /** @return the file of a question of the update-rule generator, its header on lines 1 to 4 and then {@code rest} */
    private static Path updateRuleQuestion(Path bank, String id, String rest) throws IOException {
        return Files.writeString(bank.resolve(id + ".yaml"), "id: " + id + "\ntitle: T\ntopic: x\ngenerator: update-rule\n" + rest);
    }

    /** @return a bank of two concept questions and the given paper */
    private static Path conceptBank(Path bank, String slots) throws IOException {
        for (String id : new String[] {"c1", "c2"}) {
            Files.writeString(bank.resolve(id + ".yaml"), "id: " + id + "\ntitle: " + id + "\ntopic: concepts\ngenerator: concept\n"
                    + "parameters:\n  answer: A.\n  points: [a]\nstem: Why?\nparts:\n  - answer: written\n    marks: 1\n    text: Say.\n");
        }
        paper(bank, slots);
        return bank;
    }

    /** Writes the bank's paper p, of these slots (YAML list items). */
    private static void paper(Path bank, String slots) throws IOException {
        Files.createDirectories(bank.resolve("papers"));
        Files.writeString(bank.resolve("papers/p.yaml"),
                "id: p\ntitle: P\ncourse: C\ndate: d\nduration: 1h\ninstructions: i\nseed: 5\nslots:\n" + slots);
    }

    private static void assertNothingIn(Path out) {
        assertTrue(!Files.exists(out) || out.toFile().list().length == 0, "nothing is written in " + out);
    }

    @Test
    void slotsDrawnFromATopicTakeDifferentQuestionsAndSayWhenNoneIsLeft(@TempDir Path bank) throws IOException {
        conceptBank(bank, "  - topic: concepts\n  - topic: concepts\n");
        for (long seed = 1; seed <= 20; seed++) {
            Files.writeString(bank.resolve("papers/p.yaml"), Files.readString(bank.resolve("papers/p.yaml")).replaceFirst("seed: \\d+", "seed: " + seed));
            Bank loaded = Bank.load(bank);
            assertEquals(2, new PaperBuilder(loaded, new VariantFactory()).questions(loaded.expectPaper("p")).stream()
                    .map(q -> q.id()).distinct().count(), "seed " + seed);
        }
        conceptBank(bank, "  - question: c2\n  - topic: concepts\n  - topic: concepts\n");
        Result validated = run("validate", "--bank", bank.toString(), "--seeds", "1");
        assertEquals(1, validated.status());
        assertTrue(validated.err().contains(bank.resolve("papers/p.yaml") + ":11: slots: every question with the topic 'concepts' is on the"
                + " paper already (c1, c2); add another to the bank or remove the slot"), validated.err());
    }

    /** One broken draft in the bank once stopped every paper, even those that do not use it. */
    @Test
    void aBrokenDraftStopsOnlyThePaperThatUsesIt(@TempDir Path root) throws IOException {
        Path bank = root.resolve("bank");
        copyFolder(Path.of("question-bank"), bank);
        Files.writeString(bank.resolve("draft.yaml"), "id: draft\ntitle: [unclosed\n");
        Path out = root.resolve("out");
        Result quiz = run("paper", "--paper", "backprop-quiz", "--bank", bank.toString(), "--out", out.toString(), "--formats", "html",
                "--templates", "templates");
        assertEquals(0, quiz.status(), quiz.err());
        assertTrue(quiz.err().contains("warning: 1 file(s) of the bank have problems and are left out (" + bank.resolve("draft.yaml")
                + "); 'examgen validate' lists them"), quiz.err());
        Files.writeString(bank.resolve("papers/drafts.yaml"), "id: drafts\ntitle: Drafts\ncourse: c\ndate: d\nduration: 1 hour\n"
                + "instructions: i\nseed: 1\nslots:\n  - question: draft\n");
        Result drafts = run("paper", "--paper", "drafts", "--bank", bank.toString(), "--out", out.toString(), "--formats", "html",
                "--templates", "templates");
        assertEquals(2, drafts.status());
        assertTrue(drafts.err().contains("paper 'drafts' has 2 problem(s):"), drafts.err());
        assertTrue(drafts.err().contains(bank.resolve("draft.yaml") + ":3: not valid YAML"), drafts.err());
        assertFalse(Files.exists(out.resolve("drafts")), "nothing is written for it");
        assertEquals(1, run("validate", "--bank", bank.toString(), "--seeds", "1").status(), "validate still reports every problem");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /**
     * A template error in a folded stem once named the stem's first line, a lexical one read {@code encountered ")" (41),
     * after "\\"}, and the refusal of ?api suggested the setting that allows it.
     */
    @Test
    void aTemplateErrorNamesItsOwnLineOfAFoldedStemAndSaysWhatToDo(@TempDir Path dir) throws IOException {
        Map<String, String> said = new LinkedHashMap<>();
        said.put("The input \\(x_1 = ${x1\\)\\) is given.",
                "FreeMarker cannot read '\\)' here: inside ${…} only a value's name may stand (${x1}); close it with }, and write a backslash or brace of TeX outside it");
        said.put("${w1?api.getClass()}", "?api and ?new are not allowed: a question's text sees only its values (${x1}, ${w5}), never Java");
        said.put("x = ${x9}", "'x9' is not a value of this question; it has x1, x2, w1, w2, w3, w4, w5, w6, shape");
        Path file = dir.resolve("q.yaml");
        for (Map.Entry<String, String> stem : said.entrySet()) {
            Files.writeString(file, "id: q\ntitle: T\ntopic: t\ngenerator: network\nstem: >-\n  First line of the stem,\n  second line: "
                    + stem.getKey() + "\n  third line.\nparts:\n  - answer: yhat\n    marks: 1\n    text: t\n");
            Result result = run("validate", file.toString(), "--seeds", "1");
            assertEquals(1, result.status());
            assertTrue(result.err().contains(file + ":7: stem: template error: " + stem.getValue()), result.err());
        }
    }

    @Test
    void templatesCannotReachJava(@TempDir Path bank) throws IOException {
        updateRuleQuestion(bank, "evil", "stem: ${\"freemarker.template.utility.Execute\"?new()(\"id\")}\n"
                + "parts:\n  - answer: updated\n    marks: 1\n    text: t\n");
        Result result = run("validate", "--bank", bank.toString(), "--seeds", "1");
        assertEquals(1, result.status());
        assertTrue(result.err().contains("evil.yaml:5: stem: template error"), result.err());
        updateRuleQuestion(bank, "evil", "stem: ${w?api.getClass()}\nparts:\n  - answer: updated\n    marks: 1\n    text: t\n");
        assertEquals(1, run("validate", "--bank", bank.toString(), "--seeds", "1").status());
    }

    @Test
    void variantPrintsTheKeyAndJson() throws IOException {
        Result text = run("variant", "forward-pass-toy", "--seed", "3", "--bank", "question-bank");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("answer: "), text.out());
        Result json = run("variant", "forward-pass-toy", "--seed", "3", "--json", "--bank", "question-bank");
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertEquals("examgen-variant/1", node.get("schema").asText());
        assertEquals("numeric", node.at("/parts/2/type").asText());
        assertEquals(json.out(), run("variant", "forward-pass-toy", "--seed", "3", "--json", "--bank", "question-bank").out());
        Result unknown = run("variant", "nope", "--bank", "question-bank");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no question 'nope'"), unknown.err());
    }

    @Test
    void theTerminalKeyShowsExactValuesAsThePdfKeyDoes() {
        Result bump = run("variant", "bump", "--seed", "3", "--bank", "question-bank");
        assertEquals(0, bump.status(), bump.err());
        // it printed ≈0.8400 and 56 zeros, and ≈3.1248638198575022E-44
        assertTrue(bump.out().contains("answer: 0.8400 (accept ±0.00005; exact ≈ 0.840000000000)"), bump.out());
        assertTrue(bump.out().contains("answer: 0.0000 (accept ±0.00005; exact ≈ 3.12486381986 × 10⁻⁴⁴)"), bump.out());
        assertTrue(bump.out().contains("answer: -104 (accept ±0.5)\n"), "an answer printed exactly has no exact value beside it");
    }

    @Test
    void regenerateRebuildsAPaperFromItsCode() {
        Result result = run("regenerate", "week7-practice-0000-0001", "--bank", "question-bank");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("Week 7 practice paper — week7-practice-0000-0001"), result.out());
        Result bad = run("regenerate", "nonsense", "--bank", "question-bank");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("a code looks like week7-practice-7Q2M-9XKD"), bad.err());
    }

    @Test
    void regenerateWithAStudentsIdCatchesAMistypedCode() {
        Bank bank = Bank.load(Path.of("question-bank"));
        String code = new PaperBuilder(bank, new VariantFactory()).build(bank.expectPaper("week7-practice"), "s001").code().toString();
        Result right = run("regenerate", code, "--student-id", "s001", "--bank", "question-bank");
        assertEquals(0, right.status(), right.err());
        assertTrue(right.out().startsWith("Week 7 practice paper — " + code + " — student s001 — "), right.out());
        Result json = run("regenerate", code.toLowerCase(Locale.ROOT), "--student-id", "s001", "--json", "--bank", "question-bank");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"student\" : \"s001\""), "the paper is the student's, as in their batch folder");
        char last = code.charAt(code.length() - 1);
        String mistyped = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        Result wrong = run("regenerate", mistyped, "--student-id", "s001", "--bank", "question-bank");
        assertEquals(2, wrong.status());
        assertEquals("", wrong.out());
        assertTrue(wrong.err().contains(mistyped + " is not the code of student s001's paper, which is " + code), wrong.err());
    }

    @Test
    void stressReportsEveryQuestionWithoutFailures() {
        Result result = run("stress", "--seeds", "30", "--bank", "question-bank", "forward-pass-toy", "vanishing");
        assertEquals(0, result.status(), result.out() + result.err());
        assertTrue(result.out().contains("forward-pass-toy") && result.out().contains("vanishing"), result.out());
    }

    @Test
    void stressAddsSeedsUpAsItGoesSoItsMemoryStaysFlat() throws Exception {
        // 60000 seeds held until the report ran out of a 32 MB heap
        TestLauncher.Result result = TestLauncher.runWithHeap(32, "stress", "--seeds", "60000", "--bank", "question-bank", "update-rule");
        assertEquals(0, result.status(), result.out());
        assertTrue(result.out().matches("(?s).*update-rule +60000 +0 .*"), result.out());
    }

    @Test
    void stressTakesFromOneToAMillionSeeds() {
        Result none = run("stress", "--seeds", "0", "--bank", "question-bank", "vanishing");
        assertEquals(2, none.status(), none.out());
        assertEquals("examgen stress: --seeds: give a number from 1 to 1000000, got 0", none.err().strip());
        // a hundred million seeds of every question ran for a quarter of an hour and out of memory
        Result tooMany = run("stress", "--seeds", "100000000", "--bank", "question-bank");
        assertEquals(2, tooMany.status(), tooMany.out());
        assertEquals("examgen stress: --seeds: give a number from 1 to 1000000, got 100000000", tooMany.err().strip());
    }
}
