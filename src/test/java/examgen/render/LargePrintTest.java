package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.cli.TestLauncher;

/**
 * A student's large-print paper beside their standard one: the same words and numbers in the same order, type half as
 * large again (16 pt) on A3, extra time on the front page, and no question split across pages.
 */
class LargePrintTest {

    @TempDir
    static Path dir;

    private static Path standard;
    private static Path large;

    @BeforeAll
    static void writeBoth() {
        for (List<String> extra : List.of(List.<String>of(), List.of("--large-print", "--extra-time", "25%"))) {
            List<String> arguments = new ArrayList<>(List.of("paper", "--student-id", "k7", "--student-name", "Kim Park", "--only", "paper",
                    "--formats", "pdf,html", "--out", dir.toString(), "--bank", "question-bank", "--templates", "templates"));
            arguments.addAll(extra);
            TestLauncher.Result result = TestLauncher.run(arguments.toArray(String[]::new));
            assertEquals(0, result.status(), result.err());
        }
        standard = dir.resolve("week7-practice-k7/paper.pdf");
        large = dir.resolve("week7-practice-k7-large-print-extra-time/paper.pdf");
    }

    /**
     * @return the words of the PDF's text, sorted, without the page footers (more pages, more footers) and without hyphens:
     *     pdftotext joins a word broken at its hyphen at a line's end ("half-" "up" is "halfup"), and lines end elsewhere;
     *     and a letter's subscript digit joined to it, which pdftotext reads as a word of its own in one size and not in
     *     another ("x 1" in a table's head)
     */
    private static List<String> words(Path pdf) throws Exception {
        String text = ExternalTools.pdfText(pdf).replaceAll("Page \\d+ of \\d+", "").replaceAll("week7-practice-[A-Z0-9]{4}-[A-Z0-9]{4}", "")
                .replaceAll("\\b([a-z]) (\\d)\\b", "$1$2");
        return Arrays.stream(text.split("\\s+")).map(w -> w.replace("-", "")).filter(w -> !w.isEmpty()).sorted().toList();
    }

    @Test
    void theStudentsNumbersAndWordsAreTheSame() throws Exception {
        List<String> large = new ArrayList<>(words(LargePrintTest.large));
        // the front page's extra time, its words wherever the table's cells put them
        for (String word : "+ 25% extra time (2 hours 30 minutes in all)".split(" ")) {
            assertTrue(large.remove(word), word);
        }
        assertEquals(words(standard), large);
        assertTrue(ExternalTools.pdfText(LargePrintTest.large).contains("week7-practice-"), "the code on the front page and in the footers");
    }

    @Test
    void theTypeIsSixteenPoint() throws Exception {
        assertEquals(1.524, medianWordHeight(large) / medianWordHeight(standard), 0.03);
    }

    @Test
    void noQuestionIsSplitAcrossPages() throws Exception {
        // every page after the front page starts with a question's heading, as the standard paper's do
        String[] pages = ExternalTools.pdfText(large).split("\f");
        assertTrue(pages.length > 10, "pages: " + pages.length);
        for (int page = 1; page < pages.length; page++) {
            String text = pages[page].strip();
            if (!text.isEmpty()) {
                assertTrue(text.matches("(?s)\\d+\\. .*"), "page " + (page + 1) + " starts inside a question: " + text.lines().findFirst().orElse(""));
            }
        }
        String pageSize = ExternalTools.run(List.of("pdfinfo", large.toString()), 60).out();
        assertTrue(pageSize.contains("(A3)"), pageSize);
    }

    @Test
    void aBatchMakesTheLargePrintPaperOfEveryStudentWhoseRowAsksForIt() throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name,large_print,extra_time\nann,Ann Lee,yes,15 minutes\nbo,Bo Chen,,\n");
        TestLauncher.Result made = TestLauncher.run("batch", "--roster", roster.toString(), "--paper", "backprop-quiz", "--formats", "pdf",
                "--out", dir.resolve("batch").toString(), "--bank", "question-bank", "--templates", "templates");
        assertEquals(0, made.status(), made.err());
        Path students = dir.resolve("batch/backprop-quiz-batch/students");
        assertEquals(1.524, medianWordHeight(students.resolve("ann/paper.pdf")) / medianWordHeight(students.resolve("bo/paper.pdf")), 0.03);
        String front = ExternalTools.pdfText(students.resolve("ann/paper.pdf")).replaceAll("\\s+", " ");
        assertTrue(front.contains("30 minutes + 15 minutes") && front.contains("extra time (45 minutes in all)"), front);
        String marking = Files.readString(dir.resolve("batch/backprop-quiz-batch/marking.csv"));
        assertTrue(marking.lines().findFirst().orElseThrow().endsWith(",large_print,extra_time"), "the marking table carries the columns");
        assertTrue(marking.contains(",yes,15 minutes"), "and Ann's accommodations");
    }

    @Test
    void theHtmlPagesFiguresGrowWithItsType() throws Exception {
        assertEquals(1.524, (double) figureWidth(large) / figureWidth(standard), 0.01);
    }

    /** @return the width the HTML page beside {@code pdf} gives its first figure, in CSS pixels */
    private static int figureWidth(Path pdf) throws Exception {
        Matcher figure = Pattern.compile("<figure class=\"figure\" style=\"width: (\\d+)px\">")
                .matcher(Files.readString(pdf.resolveSibling("paper.html")));
        assertTrue(figure.find(), "a figure with its width beside " + pdf);
        return Integer.parseInt(figure.group(1));
    }

    private static double medianWordHeight(Path pdf) throws Exception {
        Matcher word = Pattern.compile("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">[A-Za-z]{4,}<").matcher(ExternalTools.pdfWordBoxes(pdf));
        List<Double> heights = new ArrayList<>();
        while (word.find()) {
            heights.add(Double.parseDouble(word.group(2)) - Double.parseDouble(word.group(1)));
        }
        return heights.stream().sorted().toList().get(heights.size() / 2);
    }
}
