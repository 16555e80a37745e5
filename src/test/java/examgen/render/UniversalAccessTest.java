package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import examgen.cli.TestLauncher;
import examgen.render.pdf.FormulaMemory;
import examgen.render.pdf.PdfRenderer;

/**
 * The papers as PDF/UA-1 (tagged PDF for screen readers), judged by veraPDF: the default paper and key, and a batch
 * student's large-print paper, with no failed rule; and their structure reads in the page's order.
 */
class UniversalAccessTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeThePapers() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        run("paper", "--formats", "pdf", "--out", dir.toString());
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name,large_print\nann,Ann Lee,yes\n");
        run("batch", "--roster", roster.toString(), "--paper", "backprop-quiz", "--formats", "pdf", "--out", dir.toString());
    }

    private static void run(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--bank", "question-bank", "--templates", "templates"));
        TestLauncher.Result result = TestLauncher.run(all.toArray(String[]::new));
        assertEquals(0, result.status(), result.err());
    }

    /** @return each failed PDF/UA-1 rule with its count and what it asks, empty when the file conforms */
    private static Map<String, String> failedRules(Path pdf) throws Exception {
        Map<String, String> failed = new TreeMap<>();
        try (InputStream in = Files.newInputStream(pdf); PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.put(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(), assertion.getMessage());
                }
            }
            assertTrue(failed.isEmpty() == result.isCompliant(), pdf.toString());
        }
        return failed;
    }

    @Test
    void theDefaultPaperAndKeyConformToPdfUa() throws Exception {
        assertEquals(Map.of(), failedRules(dir.resolve("week7-practice/paper.pdf")));
        assertEquals(Map.of(), failedRules(dir.resolve("week7-practice/key.pdf")));
    }

    @Test
    void aBatchStudentsLargePrintPaperConformsToPdfUa() throws Exception {
        assertEquals(Map.of(), failedRules(dir.resolve("backprop-quiz-batch/students/ann/paper.pdf")));
    }

    @Test
    void theStructureReadsQuestionPartDataAndFormulasInThePagesOrder() throws Exception {
        String structure = ExternalTools.run(List.of("pdfinfo", "-struct-text", dir.resolve("week7-practice/paper.pdf").toString()), 60).out();
        assertTrue(structure.startsWith("Document\n  Sect\n"), structure.substring(0, 40));
        int title = structure.indexOf("\"Week 7 practice paper\"");
        // a heading's runs of text on a line are one sequence: number, title and marks
        int first = structure.indexOf("\"1. The gradient-descent update [3 marks]\"");
        int stem = structure.indexOf("\"A weight \"", first);
        int formula = structure.indexOf("Formula", stem);
        // the paragraph's text after the formula follows it, though Flying Saucer paints the formula after all the text
        int after = structure.indexOf("\" has gradient \"", formula);
        int partA = structure.indexOf("\"(a) ", formula);
        assertTrue(formula < after && after < partA, "the text after the formula: " + List.of(formula, after, partA));
        assertFalse(structure.matches("(?s).*\\n *Span\\b.*"), "a paragraph holds its text itself, with no span between its formulas");
        int second = structure.indexOf("\"2. Matching loss curves to learning rates ", partA);
        int figure = structure.indexOf("Figure", second);
        assertTrue(0 < title && title < first && first < stem && stem < formula && formula < partA && partA < second && second < figure,
                "title, question 1, its text, a formula, part (a), question 2, its figure: " + List.of(title, first, stem, formula, partA, second, figure));
        // the data table of the forward pass: a head row of symbols over a row of values
        int forward = structure.indexOf(". Forward pass through the 2-2-1 network ");
        int table = structure.indexOf("Table", forward);
        assertTrue(forward > 0 && table > forward && structure.indexOf("/Scope /Column", table) > table, "a data table with column headers");
    }

    @Test
    void aKeysAnswerReadsInItsOrderThoughItsBoldValueIsDrawnAfterTheRestOfItsLine() throws Exception {
        String structure = ExternalTools.run(List.of("pdfinfo", "-struct-text", dir.resolve("week7-practice/key.pdf").toString()), 60).out();
        assertTrue(structure.matches("(?s).*\"Answer: \"\\n *\"-?\\d+\\.\\d+\"\\n *\" \\(accept ± .*"), "Answer: 0.5636 (accept ± ...)");
        assertFalse(structure.contains("\"Answer:  (accept"), "the value after its tolerance");
    }

    @Test
    void aParagraphRunningOntoTheNextPageIsOneElementWithItsTextOnBoth() throws Exception {
        StringBuilder words = new StringBuilder("first");
        for (int i = 0; i < 1500; i++) {
            words.append(" word").append(i);
        }
        words.append(" last");
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>A long paragraph</title>"
                + "<style>body { font-family: \"DejaVu Serif\"; }</style></head>"
                + "<body><h1>A long paragraph</h1><p>" + words + "</p></body></html>";
        Path pdf = Files.write(dir.resolve("long.pdf"), new PdfRenderer().render(page, Map.of(), new FormulaMemory(), 1));
        String info = ExternalTools.run(List.of("pdfinfo", pdf.toString()), 60).out();
        assertTrue(info.matches("(?s).*Pages: +[2-9]\\n.*"), "more than one page: " + info);
        assertEquals(Map.of(), failedRules(pdf));
        String structure = ExternalTools.run(List.of("pdfinfo", "-struct-text", pdf.toString()), 60).out();
        // one paragraph, its marks on the first page by number and on the second by reference to that page
        assertEquals(1, structure.split("\\bP \\(block\\)").length - 1, structure);
        int paragraph = structure.indexOf("P (block)");
        assertTrue(paragraph > 0 && structure.indexOf("\"first word0", paragraph) > 0 && structure.indexOf(" last\"", paragraph) > 0, structure);
    }
}
