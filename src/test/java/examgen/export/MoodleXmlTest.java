package examgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import examgen.cli.TestLauncher;
import examgen.numeric.Real;

/** The Moodle XML of the practice paper, checked against what Moodle's importer requires. */
class MoodleXmlTest {

    private static final int VARIANTS = 4;
    /** The grade fractions Moodle accepts. */
    private static final Set<String> FRACTIONS = Set.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40",
            "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0");

    @TempDir
    static Path dir;

    private static String xml;
    private static Document document;

    @BeforeAll
    static void export() throws Exception {
        Path file = dir.resolve("quiz.xml");
        TestLauncher.Result result = TestLauncher.run("export", "moodle", "--variants", String.valueOf(VARIANTS), "--out", file.toString(),
                "--bank", "question-bank");
        assertEquals(0, result.status(), result.err());
        xml = Files.readString(file);
        document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> questions() {
        NodeList nodes = document.getElementsByTagName("question");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String text(Element parent, String child) {
        return ((Element) parent.getElementsByTagName(child).item(0)).getElementsByTagName("text").item(0).getTextContent();
    }

    @Test
    void oneCategoryPerSlotHoldingItsVariants() {
        List<Element> questions = questions();
        assertEquals(19 * (1 + VARIANTS), questions.size());
        for (int slot = 0; slot < 19; slot++) {
            Element category = questions.get(slot * (1 + VARIANTS));
            assertEquals("category", category.getAttribute("type"));
            assertTrue(text(category, "category").startsWith("$course$/top/week7-practice/" + String.format("%02d", slot + 1) + " "));
            for (int v = 1; v <= VARIANTS; v++) {
                assertFalse(questions.get(slot * (1 + VARIANTS) + v).getAttribute("type").equals("category"));
            }
        }
    }

    /** A cloze number field: the printed answer, then (where it differs) the exact value with the key's tolerance. */
    private static final Pattern NUMERICAL = Pattern.compile(
            "\\{(\\d+):NUMERICAL:=(-?[0-9.]+):([0-9.]+)#Right(?:~=(-?[0-9.]+):([0-9.]+)#Right)?");

    @Test
    void multiPartQuestionsAreClozeWithAValidFieldPerPart() {
        int fields = 0;
        for (Element question : questions()) {
            if (!question.getAttribute("type").equals("cloze")) {
                continue;
            }
            Matcher m = NUMERICAL.matcher(text(question, "questiontext"));
            while (m.find()) {
                Real printed = Real.parse(m.group(2));
                Real tolerance = Real.parse(m.group(m.group(4) == null ? 3 : 5));
                assertTrue(tolerance.signum() > 0, "an absolute, positive tolerance: " + m.group());
                // the printed answer comes first, since Moodle shows its first right answer as "the correct answer":
                // it ends in the place the tolerance is half a unit of
                assertEquals(new BigDecimal(m.group(2)).ulp(), tolerance.toBigDecimal().multiply(BigDecimal.valueOf(2)).stripTrailingZeros(),
                        m.group());
                if (m.group(4) != null) {
                    assertEquals("0", m.group(3), "the printed answer alone: " + m.group());
                    Real exact = Real.parse(m.group(4));
                    assertTrue(printed.subtract(exact).abs().compareTo(tolerance) <= 0, "inside the key's range: " + m.group());
                }
                fields++;
            }
        }
        assertTrue(fields > 100, "numeric fields: " + fields);
        assertFalse(xml.matches("(?s).*:NUMERICAL:=[^:]*[eE][-+]?\\d.*"), "no E notation in numbers");
    }

    @Test
    void everyNumericPartSaysHowToRoundAndTheWorkedSolutionStatesADecimalMoodleReads() {
        Pattern field = Pattern.compile("<p>\\(([a-z0-9]+)\\) ((?:(?!</p>).)*?) \\{\\d+:NUMERICAL:");
        Pattern stated = Pattern.compile("<p>\\(([a-z0-9]+)\\) Answer: ([^<]*?) \\(accepted within ±([0-9.]+)\\)</p>");
        int prompts = 0;
        int answers = 0;
        for (Element question : questions()) {
            if (!question.getAttribute("type").equals("cloze")) {
                continue;
            }
            Matcher m = field.matcher(text(question, "questiontext"));
            while (m.find()) {
                assertTrue(m.group(2).matches(".*(decimal place|significant figure|nearest integer).*"), "(" + m.group(1) + ") " + m.group(2));
                prompts++;
            }
            Matcher answer = stated.matcher(text(question, "generalfeedback"));
            while (answer.find()) {
                assertTrue(answer.group(2).matches("-?\\d+(\\.\\d+)?"), "a plain decimal, not a fraction: " + answer.group());
                answers++;
            }
        }
        assertTrue(prompts > 100 && answers == prompts, prompts + " number fields, " + answers + " stated answers");
        assertTrue(xml.contains("Find the threshold of the unit with"), "the sigmoid step's threshold part is here");
    }

    @Test
    void choicesWithMathsAreRadioButtonsAndNoDropDownHoldsTex() {
        Matcher dropDown = Pattern.compile("\\{\\d+:MULTICHOICE:((?:\\\\}|[^}])*)}").matcher(xml);
        int plain = 0;
        while (dropDown.find()) {
            assertFalse(dropDown.group(1).contains("\\("), "a <select> cannot typeset: " + dropDown.group());
            plain++;
        }
        Matcher radio = Pattern.compile("\\{\\d+:MULTICHOICE_V:((?:\\\\}|[^}])*)}").matcher(xml);
        int typeset = 0;
        while (radio.find()) {
            assertTrue(radio.group(1).contains("\\("), radio.group());
            typeset++;
        }
        assertTrue(plain > 0 && typeset > 0, plain + " drop-downs, " + typeset + " radio columns");
    }

    @Test
    void noTextHoldsABackslashOutsideItsMathsOnceMoodleHasReadTheCloze() {
        for (Element question : questions()) {
            if (question.getAttribute("type").equals("category")) {
                continue;
            }
            for (String field : List.of("questiontext", "generalfeedback")) {
                // Moodle's cloze parser undoes \} and \# only
                String read = text(question, field).replace("\\}", "}").replace("\\#", "#");
                String prose = read.replaceAll("\\\\\\((?:(?!\\\\\\)).)*\\\\\\)", " ");
                assertFalse(prose.contains("\\"), text(question, "name") + " " + field + ": " + prose);
            }
        }
    }

    @Test
    void noWorkedSolutionNamesAShuffledLetterAndEveryQuestionButAnEssayHasHints() {
        for (Element question : questions()) {
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                continue;
            }
            assertFalse(text(question, "generalfeedback").matches("(?s).*Answer: [A-E]\\b.*"), text(question, "name"));
            int hints = question.getElementsByTagName("hint").getLength();
            assertTrue(type.equals("essay") ? hints == 0 : hints >= 1, text(question, "name") + ": " + hints + " hints");
        }
        assertTrue(xml.contains("(a) Answer: \\(w := w - \\alpha \\nabla \\mathrm{loss}(w)\\)</p>"), "a choice stated by its text");
        assertTrue(xml.contains("Check your working for the slips this question is built to catch: "), "hints name the modelled slips");
    }

    @Test
    void writtenAnswersBecomeEssaysWithTheModelAnswerForTheGrader() {
        long essays = questions().stream().filter(q -> q.getAttribute("type").equals("essay")).count();
        assertEquals(4L * VARIANTS, essays, "the four concept questions with a written part");
        Element essay = questions().stream().filter(q -> q.getAttribute("type").equals("essay")).findFirst().orElseThrow();
        assertTrue(text(essay, "graderinfo").contains("<li>"));
    }

    @Test
    void everyFractionIsOneMoodleAccepts() {
        NodeList answers = document.getElementsByTagName("answer");
        for (int i = 0; i < answers.getLength(); i++) {
            assertTrue(FRACTIONS.contains(((Element) answers.item(i)).getAttribute("fraction")));
        }
        Matcher cloze = Pattern.compile("%(-?[0-9.]+)%").matcher(xml);
        while (cloze.find()) {
            assertTrue(FRACTIONS.contains(cloze.group(1)), cloze.group());
        }
    }

    @Test
    void figuresAreEmbeddedSvgFilesReferencedByPluginfile() {
        NodeList files = document.getElementsByTagName("file");
        assertTrue(files.getLength() >= 9 * VARIANTS, "figures: " + files.getLength());
        Element file = (Element) files.item(0);
        String svg = new String(Base64.getDecoder().decode(file.getTextContent()), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 20));
        assertTrue(xml.contains("@@PLUGINFILE@@/" + file.getAttribute("name")));
    }

    @Test
    void onePartQuestionsAreNumericalOrMultichoiceWithFeedbackPerMistake(@TempDir Path bank) throws Exception {
        Files.createDirectories(bank.resolve("papers"));
        Files.writeString(bank.resolve("one-number.yaml"), "id: one-number\ntitle: One number\ntopic: t\ngenerator: update-rule\n"
                + "stem: w is ${w}.\nparts:\n  - answer: updated\n    marks: 2\n    text: Update it.\n");
        Files.writeString(bank.resolve("one-choice.yaml"), "id: one-choice\ntitle: One choice\ntopic: t\ngenerator: update-rule\n"
                + "stem: Choose.\nparts:\n  - answer: rule\n    marks: 1\n    text: Which rule?\n");
        Files.writeString(bank.resolve("papers/tiny.yaml"), "id: tiny\ntitle: Tiny\ncourse: C\ndate: d\nduration: 5 minutes\n"
                + "instructions: i\nseed: 3\nslots:\n  - question: one-number\n  - question: one-choice\n");
        Path file = bank.resolve("tiny.xml");
        TestLauncher.Result result = TestLauncher.run("export", "moodle", "--paper", "tiny", "--variants", "2", "--out", file.toString(),
                "--bank", bank.toString());
        assertEquals(0, result.status(), result.err());
        Document tiny = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList questions = tiny.getElementsByTagName("question");
        Element numerical = (Element) questions.item(1);
        assertEquals("numerical", numerical.getAttribute("type"));
        NodeList answers = numerical.getElementsByTagName("answer");
        assertEquals("100", ((Element) answers.item(0)).getAttribute("fraction"));
        assertTrue(text((Element) answers.item(1), "feedback").contains("sign flipped"), "a mistake names itself");
        assertEquals("0.00005", ((Element) answers.item(0)).getElementsByTagName("tolerance").item(0).getTextContent());
        Element choice = (Element) questions.item(4);
        assertEquals("multichoice", choice.getAttribute("type"));
        assertEquals(4, choice.getElementsByTagName("answer").getLength());
    }

    @Test
    void aLargeExportIsWrittenAsItIsMadeNotHeldWhole(@TempDir Path out) throws Exception {
        // 150 variants of every slot make 24 MB of XML: held as one string, they ran out of a 96 MB heap
        TestLauncher.Result result = TestLauncher.runWithHeap(96, "export", "moodle", "--variants", "150", "--out",
                out.resolve("quiz.xml").toString(), "--bank", "question-bank");
        assertEquals(0, result.status(), result.out());
        assertTrue(Files.size(out.resolve("quiz.xml")) > 20_000_000, result.out());
    }

    @Test
    void clozeAnswersEscapeTheCharactersThatSplitThem() {
        // Moodle undoes only \\} and \\#: an escaped slash or backslash stayed in front of students (∂E\\/∂w, 540 options)
        assertEquals("a\\}b\\#c d\\e/f\"g \\(\\frac{1\\}{2\\}\\)", MoodleXml.clozeEscape("a}b#c~d\\e/f\"g \\(\\frac{1}{2}\\)"));
        assertEquals("0.000000954", PlatformNumbers.number(Real.parse("9.54e-7")));
        assertEquals("-0.25", PlatformNumbers.number(Real.parse("-0.25")));
    }
}
