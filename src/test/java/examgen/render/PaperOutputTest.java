package examgen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;

import examgen.bank.Bank;
import examgen.cli.TestLauncher;
import examgen.paper.Answer;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;

/** The default job's files, read back as a user's tools read them. */
class PaperOutputTest {

    @TempDir
    static Path dir;

    /** Papers of other seeds, kept apart from the default paper's folder. */
    @TempDir
    static Path seeds;

    private static Path folder;
    private static Paper paper;

    @BeforeAll
    static void writeThePracticePaper() {
        TestLauncher.Result result = TestLauncher.run("paper", "--out", dir.toString(), "--bank", "question-bank", "--templates", "templates");
        assertEquals(0, result.status(), result.err());
        folder = dir.resolve("week7-practice");
        Bank bank = Bank.load(Path.of("question-bank"));
        paper = new PaperBuilder(bank, new VariantFactory()).build(bank.expectPaper("week7-practice"), PaperBuilder.NO_STUDENT);
        for (String file : List.of("paper.pdf", "paper.html", "key.pdf", "key.html", "katex/katex.min.js", "katex/katex.min.css")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
            assertTrue(result.out().contains(file.startsWith("katex") ? "" : folder.resolve(file).toString()), result.out());
        }
    }

    @Test
    void theKeysTextLayerHoldsEveryPrintedAnswerAsPrinted() throws Exception {
        String key = ExternalTools.pdfText(folder.resolve("key.pdf"));
        for (Variant variant : paper.variants()) {
            for (Part part : variant.parts()) {
                if (part.answer() instanceof Answer.Numeric numeric) {
                    assertTrue(key.contains(numeric.display()), variant.questionId() + " (" + part.label() + "): " + numeric.display());
                }
            }
        }
        assertTrue(key.contains(paper.code().toString()));
        assertFalse(key.contains("#"), "a '#' marks a glyph that no font had");
    }

    @Test
    void thePapersTextLayerHoldsItsNumbersAndFormulas() throws Exception {
        String text = ExternalTools.pdfText(folder.resolve("paper.pdf"));
        Variant toy = paper.variants().stream().filter(v -> v.questionId().equals("forward-pass-toy")).findFirst().orElseThrow();
        for (String name : List.of("w1", "w2", "w3", "w4", "w5", "w6")) {
            String printed = name + " = " + toy.values().get(name);
            assertTrue(text.contains(printed), "the paper's text lacks " + printed);
        }
        assertTrue(text.contains("∂E / ∂w"), "a typeset ∂E/∂w reads as text");
        assertTrue(text.contains("ŷ"), "hats read as text");
        assertTrue(text.contains("Page 1 of"), "pages are numbered");
        assertFalse(text.contains("#"), "a '#' marks a glyph that no font had");
        assertFalse(text.contains("\\frac") || text.contains("\\("), "no TeX source is printed");
        for (String file : List.of("paper.pdf", "key.pdf")) {
            assertFalse(ExternalTools.pdfText(folder.resolve(file)).contains("\u200B"),
                    file + ": the zero-width space that keeps a line of maths its height is not in the text a reader copies");
        }
    }

    @Test
    void theOutlineLeadsToTheAnswersAndEveryQuestion() throws IOException {
        List<String> questions = new ArrayList<>();
        for (int q = 0; q < paper.variants().size(); q++) {
            questions.add((q + 1) + ". " + paper.variants().get(q).title());
        }
        List<String> keyTitles = new ArrayList<>(List.of("Answers"));
        keyTitles.addAll(questions);
        assertEquals(questions, outline(folder.resolve("paper.pdf")));
        assertEquals(keyTitles, outline(folder.resolve("key.pdf")));
    }

    @Test
    void aViewerShowsThePapersTitleAndAReaderKnowsItsLanguage() throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(folder.resolve("paper.pdf")));
        try {
            assertEquals("en", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
            assertEquals(PdfBoolean.PDFTRUE, reader.getCatalog().getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE));
            assertTrue(reader.getInfo().get("Title").contains(paper.code().toString()), reader.getInfo().toString());
        } finally {
            reader.close();
        }
    }

    @Test
    void formulasAndFiguresAreDrawnInTheirPagesNotAsAFormEach() throws IOException {
        // a form per formula cost a compressed stream and an object each: a third of the key's bytes and 7% of its time
        for (String file : List.of("paper.pdf", "key.pdf")) {
            PdfReader reader = new PdfReader(Files.readAllBytes(folder.resolve(file)));
            try {
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                    assertNull(resources.get(PdfName.XOBJECT), file + " page " + page + ": " + resources.getKeys());
                }
            } finally {
                reader.close();
            }
        }
    }

    /** @return the titles of the PDF's outline, each with a page to go to */
    private static List<String> outline(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            List<String> titles = new ArrayList<>();
            for (Map<String, Object> bookmark : SimpleBookmark.getBookmarkList(reader)) {
                assertTrue(String.valueOf(bookmark.get("Page")).matches("\\d+ XYZ .*"), bookmark.toString());
                titles.add((String) bookmark.get("Title"));
            }
            return titles;
        } finally {
            reader.close();
        }
    }

    /** A4 is 595.28 pt wide and the page's right margin 17 mm. */
    private static final double RIGHT_EDGE = 595.28 - 17 / 25.4 * 72;

    @Test
    void nothingRunsPastTheRightMargin() throws Exception {
        // a formula too long for its line once ran off the page
        for (Path pdf : papersAndKeys()) {
            List<List<WordBox>> pages = wordBoxes(pdf);
            assertTrue(pages.stream().mapToInt(List::size).sum() > 1000, pdf + " has too few words");
            for (List<WordBox> page : pages) {
                for (WordBox word : page) {
                    assertTrue(word.xMax() <= RIGHT_EDGE + 0.5, pdf + ": '" + word.text() + "' ends at x = " + word.xMax());
                }
            }
        }
    }

    @Test
    void noTextHidesUnderTheFootOfAPage() throws Exception {
        // Flying Saucer painted the next page's first line into the bottom margin, clipped away but found by search
        double contentBottom = 841.89 - 20 / 25.4 * 72;
        double footerTop = 805;
        for (Path pdf : papersAndKeys()) {
            List<List<WordBox>> pages = wordBoxes(pdf);
            for (int p = 0; p < pages.size(); p++) {
                for (WordBox word : pages.get(p)) {
                    assertFalse(word.yMin() > contentBottom && word.yMin() < footerTop, pdf + " page " + (p + 1) + ": " + word);
                }
            }
        }
    }

    @Test
    void noQuestionsHeadingStandsAloneAtThePageFoot() throws Exception {
        // a key's question longer than a page breaks where it falls, and three headings once ended their pages
        Pattern heading = Pattern.compile("\\d+\\. .+ \\[\\d+ marks?\\]");
        Pattern foot = Pattern.compile("Page \\d+ of \\d+|week7-practice-");
        for (Path pdf : papersAndKeys()) {
            String[] pages = ExternalTools.pdfText(pdf).split("\f");
            for (int p = 0; p < pages.length; p++) {
                List<String> lines = pages[p].lines().map(String::strip).filter(line -> !line.isEmpty() && !foot.matcher(line).find()).toList();
                if (!lines.isEmpty()) {
                    String last = lines.get(lines.size() - 1);
                    assertFalse(heading.matcher(last).matches(), pdf + " page " + (p + 1) + " ends with the heading " + last);
                }
            }
        }
    }

    @Test
    void everyQuestionStartsOnThePageOfItsFirstPart() throws Exception {
        // a key's question breaks between its parts, but its opening (heading, text, figures) goes with part (a)
        Pattern heading = Pattern.compile("(?m)^\\d+\\. .+ \\[\\d+ marks?\\]$");
        for (Path pdf : papersAndKeys()) {
            String[] pages = ExternalTools.pdfText(pdf).split("\f");
            int questions = 0;
            for (int p = 0; p < pages.length; p++) {
                Matcher start = heading.matcher(pages[p]);
                while (start.find()) {
                    questions++;
                    assertTrue(pages[p].indexOf("(a) ", start.end()) > 0, pdf + " page " + (p + 1) + ": " + start.group() + " without its part (a)");
                }
            }
            assertTrue(questions >= 10, pdf + ": " + questions + " questions found");
        }
    }

    @Test
    void noTwoWordsOverlap() throws Exception {
        // a line holding nothing but a formula once came out too short, and the next line was printed over it
        for (Path pdf : papersAndKeys()) {
            List<List<WordBox>> pages = wordBoxes(pdf);
            for (int p = 0; p < pages.size(); p++) {
                List<WordBox> page = pages.get(p);
                for (int i = 0; i < page.size(); i++) {
                    for (int j = i + 1; j < page.size(); j++) {
                        assertFalse(page.get(i).overlaps(page.get(j)), pdf + " page " + (p + 1) + ": " + page.get(i) + " and " + page.get(j));
                    }
                }
            }
        }
    }

    /** A word as poppler places it, in points from the page's top left. */
    private record WordBox(double xMin, double yMin, double xMax, double yMax, String text) {
        /** @return whether the two share more than a point each way: touching or kerned neighbours do not count */
        boolean overlaps(WordBox other) {
            return Math.min(xMax, other.xMax) - Math.max(xMin, other.xMin) > 1 && Math.min(yMax, other.yMax) - Math.max(yMin, other.yMin) > 1;
        }
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    /** @return each page's words */
    private static List<List<WordBox>> wordBoxes(Path pdf) throws IOException, InterruptedException {
        List<List<WordBox>> pages = new ArrayList<>();
        for (String page : ExternalTools.pdfWordBoxes(pdf).split("<page ")) {
            List<WordBox> words = new ArrayList<>();
            Matcher m = WORD.matcher(page);
            while (m.find()) {
                words.add(new WordBox(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)), m.group(5)));
            }
            pages.add(words);
        }
        return pages.subList(1, pages.size());
    }

    /** @return the default paper and key, and those of three more seeds (written once) */
    private static List<Path> papersAndKeys() {
        List<Path> pdfs = new ArrayList<>(List.of(folder.resolve("paper.pdf"), folder.resolve("key.pdf")));
        for (String seed : List.of("1", "2", "3")) {
            Path written = seeds.resolve(seed).resolve("week7-practice");
            if (!Files.isDirectory(written)) {
                TestLauncher.Result result = TestLauncher.run("paper", "--out", seeds.resolve(seed).toString(), "--bank", "question-bank",
                        "--templates", "templates", "--seed", seed, "--formats", "pdf");
                assertEquals(0, result.status(), result.err());
            }
            pdfs.add(written.resolve("paper.pdf"));
            pdfs.add(written.resolve("key.pdf"));
        }
        return pdfs;
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        for (String pdf : List.of("paper.pdf", "key.pdf")) {
            List<String> fonts = ExternalTools.pdfFonts(folder.resolve(pdf));
            assertFalse(fonts.isEmpty());
            for (String font : fonts) {
                assertTrue(font.matches(".*\\byes\\s+yes\\s+yes\\s.*"), pdf + ": not embedded as a subset with a Unicode map: " + font);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesOnAMachineSetUpForAnotherCountry(@TempDir Path again) throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        TestLauncher.Result result;
        try {
            // Egyptian Arabic writes numbers in Arabic-Indic digits; Tokyo's date is a day ahead of London's for nine hours
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            // options without a command are the paper command's, as no command at all is the paper command
            result = TestLauncher.run("--out", again.toString(), "--bank", "question-bank", "--templates", "templates");
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(0, result.status(), result.err());
        for (String file : List.of("paper.pdf", "paper.html", "key.pdf", "key.html")) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(file)), Files.readAllBytes(again.resolve("week7-practice").resolve(file)), file);
        }
    }

    @Test
    void anExistingFolderIsKeptUnlessForced() throws IOException {
        byte[] before = Files.readAllBytes(folder.resolve("paper.pdf"));
        TestLauncher.Result refused = TestLauncher.run("paper", "--out", dir.toString(), "--bank", "question-bank", "--templates", "templates",
                "--seed", "99");
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("already exists (written by 'examgen paper week7-practice seed 20261201'); give --force"),
                refused.err());
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("paper.pdf")));
        try (var stream = Files.list(dir)) {
            assertEquals(1, stream.count(), "no partial folder is left behind");
        }
    }

    /** The main job run twice: its own earlier output, unchanged, is replaced; a folder with the user's file in it is not. */
    @Test
    void theSamePaperWrittenAgainReplacesItsOwnEarlierOutputButNotAFolderSomeoneAddedTo(@TempDir Path out) throws IOException {
        String[] job = {"paper", "--out", out.toString(), "--bank", "question-bank", "--templates", "templates", "--formats", "html"};
        assertEquals(0, TestLauncher.run(job).status());
        TestLauncher.Result again = TestLauncher.run(job);
        assertEquals(0, again.status(), again.err());
        Path notes = out.resolve("week7-practice").resolve("my-notes.txt");
        Files.writeString(notes, "mine");
        TestLauncher.Result refused = TestLauncher.run(job);
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("already exists (files were added to it or changed since examgen wrote it); give --force"),
                refused.err());
        assertEquals("mine", Files.readString(notes));
        Path other = out.resolve("other");
        Files.createDirectories(other.resolve("week7-practice"));
        TestLauncher.Result notOurs = TestLauncher.run("paper", "--out", other.toString(), "--bank", "question-bank", "--templates", "templates",
                "--formats", "html");
        assertEquals(2, notOurs.status());
        assertTrue(notOurs.err().contains("already exists; give --force"), notOurs.err());
    }

    @Test
    void namesPrintAsWrittenAndEscaped(@TempDir Path out) throws Exception {
        String name = "Zoë O'Brien-Łukasiewicz 李雷 <b>&amp;</b>";
        TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", "templates",
                "--student-id", "k42", "--student-name", name, "--only", "paper");
        assertEquals(0, result.status(), result.err());
        Path written = out.resolve("week7-practice-k42");
        String text = ExternalTools.pdfText(written.resolve("paper.pdf"));
        assertTrue(text.contains(name), "the PDF prints the name as written");
        assertFalse(text.contains("#"));
        String html = Files.readString(written.resolve("paper.html"));
        assertTrue(html.contains("Zoë O&#39;Brien-Łukasiewicz <span class=\"script-han\">李雷</span> &lt;b&gt;&amp;amp;&lt;/b&gt;"), "escaped in HTML");
        assertFalse(Files.exists(written.resolve("key.pdf")), "--only paper writes no key");
    }

    @Test
    void namesInScriptsThatJoinReorderOrRunRightToLeftPrintAsWritten(@TempDir Path out) throws Exception {
        Map<String, String> read = new LinkedHashMap<>();
        // poppler reads right-to-left text in the order it is seen, from the left
        read.put("محمد علي", new StringBuilder("محمد علي").reverse().toString());
        read.put("דוד כהן", new StringBuilder("דוד כהן").reverse().toString());
        read.put("अर्जुन शर्मा", "अर्जुन शर्मा");
        read.put("ชัยวัฒน์", "ชัยวัฒน์");
        read.put("김민준", "김민준");
        int n = 0;
        for (Map.Entry<String, String> name : read.entrySet()) {
            String id = "k" + n++;
            TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", "templates",
                    "--student-id", id, "--student-name", name.getKey(), "--only", "paper", "--formats", "pdf");
            assertEquals(0, result.status(), result.err());
            String text = ExternalTools.pdfText(out.resolve("week7-practice-" + id).resolve("paper.pdf"));
            assertTrue(text.contains(name.getValue()), name.getKey() + " reads as " + text.lines().filter(l -> !l.isBlank()).limit(8).toList());
            assertFalse(text.contains("#"), name.getKey() + ": a glyph no font had");
        }
    }

    @Test
    void aNameTooLongForItsCellBreaksRatherThanRunOffThePage(@TempDir Path out) throws Exception {
        String name = "Wolfeschlegelsteinhausenbergerdorff".repeat(6);
        TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", "templates",
                "--student-id", "k1", "--student-name", name, "--only", "paper", "--formats", "pdf");
        assertEquals(0, result.status(), result.err());
        Path pdf = out.resolve("week7-practice-k1").resolve("paper.pdf");
        for (WordBox word : wordBoxes(pdf).get(0)) {
            assertTrue(word.xMax() <= RIGHT_EDGE + 0.5, "'" + word.text() + "' ends at x = " + word.xMax());
        }
        assertTrue(ExternalTools.pdfText(pdf).replaceAll("\\s", "").contains(name), "all of the name is printed");
    }

    @Test
    void aStudentIdFollowsTheRostersRulesSoAnyStudentOfABatchCanBeMadeAlone(@TempDir Path out) {
        TestLauncher.Result made = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", "templates",
                "--student-id", "Łukasz01", "--only", "paper", "--formats", "html");
        assertEquals(0, made.status(), made.err());
        assertTrue(Files.isRegularFile(out.resolve("week7-practice-Łukasz01").resolve("paper.html")));
        TestLauncher.Result refused = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", "templates",
                "--student-id", "CON");
        assertEquals(2, refused.status());
        assertEquals("examgen paper: --student-id: 'CON' is a device name on Windows; it cannot name a folder there", refused.err().strip());
        TestLauncher.Result unprintable = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates",
                "templates", "--student-id", "k2", "--student-name", "አበበ");
        assertEquals(2, unprintable.status());
        assertEquals("examgen paper: --student-name, --student-id: no font examgen ships prints 'አ', 'በ' (Ethiopic); "
                + "write them in another script, or give --formats html", unprintable.err().strip());
        assertTrue(Files.notExists(out.resolve("week7-practice-k2")));
    }

    @Test
    void aLongIdOrNameLeavesTheDateDurationAndMarksOnOneLineEach(@TempDir Path out) throws Exception {
        // each of these squeezed the row above them onto two lines ("2026-12-" over "01", "86" over "marks")
        String[][] students = {{"maria.gonzalez-fernandez@student.example.edu", "María González Fernández"}, {"W".repeat(18), "Ann Lee"},
            {"k1", "Maximilian Alexander Featherstonehaugh-Wolfeschlegelsteinhausenbergerdorff von Hohenzollern"}};
        for (String[] student : students) {
            Path folder = out.resolve(student[0]);
            TestLauncher.Result result = TestLauncher.run("paper", "--out", folder.toString(), "--bank", "question-bank", "--templates",
                    "templates", "--student-id", student[0], "--student-name", student[1], "--only", "paper", "--formats", "pdf");
            assertEquals(0, result.status(), result.err());
            List<WordBox> front = wordBoxes(folder.resolve("week7-practice-" + student[0]).resolve("paper.pdf")).get(0);
            Map<String, Double> line = front.stream().collect(Collectors.toMap(WordBox::text, WordBox::yMin, (first, later) -> first));
            assertTrue(line.containsKey("2026-12-01"), student[0] + ": the date is broken: " + front.subList(0, 12));
            assertEquals(line.get("2026-12-01"), line.get("hours"), student[0] + ": the duration is not on the date's line");
            assertEquals(line.get("2026-12-01"), line.get("marks"), student[0] + ": the total is not on the date's line");
        }
    }

    @Test
    void aMissingTemplateIsNamed(@TempDir Path out, @TempDir Path templates) {
        TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", templates.toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains(templates.resolve("page.ftlx") + ": the template is missing"), result.err());
        assertFalse(Files.exists(out.resolve("week7-practice")), "nothing half-written");
    }

    @Test
    void aMissingStylesheetIsNamedWithTheLineThatIncludesIt(@TempDir Path out, @TempDir Path templates) throws IOException {
        Files.copy(Path.of("templates", "page.ftlx"), templates.resolve("page.ftlx"));
        TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", templates.toString());
        assertEquals(2, result.status());
        int line = List.of(Files.readString(templates.resolve("page.ftlx")).split("\n", -1)).indexOf("<#include \"exam.css\">") + 1;
        assertEquals("examgen paper: " + templates.resolve("exam.css") + ": the file is missing (page.ftlx includes it at line " + line
                + "); restore it from the repository", result.err().strip());
        assertFalse(Files.exists(out.resolve("week7-practice")), "nothing half-written");
    }

    @Test
    void aPaperTemplateThatPrintsAnAnswerFailsNamingIt(@TempDir Path out, @TempDir Path templates) throws IOException {
        // the paper's model holds no answers: a template that prints one outside <#if key> fails rather than print it
        for (String name : List.of("page.ftlx", "exam.css")) {
            Files.copy(Path.of("templates", name), templates.resolve(name));
        }
        String page = Files.readString(templates.resolve("page.ftlx"));
        String prompt = "<span class=\"label\">(${p.label})</span>";
        assertTrue(page.contains(prompt));
        Files.writeString(templates.resolve("page.ftlx"), page.replace(prompt, prompt + " ${p.answer.display}"));
        TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", templates.toString());
        assertEquals(2, result.status());
        int line = page.substring(0, page.indexOf(prompt)).split("\n", -1).length;
        assertEquals("examgen paper: " + templates.resolve("page.ftlx") + ":" + line + ": The following has evaluated to null or missing: p.answer",
                result.err().strip());
        assertFalse(Files.exists(out.resolve("week7-practice")), "nothing half-written");
    }

    @Test
    void aTemplateThatMakesBrokenXhtmlIsNamedWithThePagesLineAndNothingIsWritten(@TempDir Path out, @TempDir Path templates)
            throws IOException {
        for (String name : List.of("page.ftlx", "exam.css")) {
            Files.copy(Path.of("templates", name), templates.resolve(name));
        }
        String page = Files.readString(templates.resolve("page.ftlx"));
        String facts = "class=\"code\">${doc.code}</td></tr>\n  </table>";
        assertTrue(page.contains(facts));
        Files.writeString(templates.resolve("page.ftlx"), page.replace(facts, facts.replace("</table>", "</tabel>")));
        TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", templates.toString(),
                "--formats", "pdf");
        assertEquals(2, result.status());
        String err = result.err().strip();
        assertTrue(err.matches("examgen paper: " + Pattern.quote(templates.resolve("page.ftlx").toString()) + ": the page it made for the PDF is"
                + " not well-formed XHTML at the page's line \\d+, column \\d+ \\('</tabel>'\\): The element type \"table\" must be"
                + " terminated by the matching end-tag \"</table>\"; correct the template's tags that write it .*"), err);
        assertFalse(err.contains("[Fatal Error]"), "the parser's own report is not printed");
        assertFalse(Files.exists(out.resolve("week7-practice")), "nothing half-written");
    }

    @Test
    void pageTemplatesCannotReachJava(@TempDir Path out, @TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("page.ftlx"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        TestLauncher.Result result = TestLauncher.run("paper", "--out", out.toString(), "--bank", "question-bank", "--templates", templates.toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains(templates.resolve("page.ftlx") + ":1:"), result.err());
    }
}
