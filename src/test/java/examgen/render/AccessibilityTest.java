package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import examgen.cli.TestLauncher;

/**
 * Every kind of HTML page examgen writes — paper, key, practice page, question preview, a student's feedback and the
 * class report — checked by axe-core in Chromium against WCAG 2.1 levels A and AA: no violation.
 */
class AccessibilityTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path dir;

    private static ChromeDriver browser;

    @BeforeAll
    static void writeEveryKindOfPage() throws Exception {
        run("paper", "--formats", "html", "--out", dir.toString());
        run("practice", "--variants", "3", "--out", dir.toString());
        run("preview", "question-bank/backprop-deep.yaml", "--variants", "2", "--out", dir.toString());
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name\nann,Ann Lee\nbo,Bo Chen\ncy,Cy Diaz\ndi,Di Ng\n");
        run("batch", "--roster", roster.toString(), "--paper", "backprop-quiz", "--formats", "html", "--out", dir.toString());
        Path responses = Files.writeString(dir.resolve("responses.csv"),
                "student_id,question,part,answer\nann,1,a,0.5\nbo,1,a,0.45\ncy,1,b,0.3\ndi,2,a,1\nann,2,b,0.1\n", StandardCharsets.UTF_8);
        run("mark", "--batch", dir.resolve("backprop-quiz-batch").toString(), "--responses", responses.toString());
        ChromeOptions options = new ChromeOptions();
        List<String> flags = ExternalTools.chromium(Files.createTempDirectory(dir, "profile"), "--host-resolver-rules=MAP * ~NOTFOUND");
        options.addArguments(flags.subList(1, flags.size()));
        browser = ExternalTools.chromeDriver(options);
    }

    private static void run(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--templates", "templates"));
        if (!arguments[0].equals("preview")) {
            all.addAll(List.of("--bank", "question-bank"));
        }
        TestLauncher.Result result = TestLauncher.run(all.toArray(String[]::new));
        assertEquals(0, result.status(), String.join(" ", arguments) + ": " + result.err());
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** @return axe's violations of WCAG 2.1 A and AA on the page, once its scripts have typeset its maths */
    private static String violations(Path page) {
        assertTrue(Files.isRegularFile(page), page.toString());
        browser.get(page.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> browser.executeScript("return document.readyState").equals("complete"));
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertTrue(results.getPasses().size() > 5, "axe ran on " + page);
        return results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream().limit(3)
                        .map(node -> node.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void thePaperAndItsKey() {
        assertEquals("", violations(dir.resolve("week7-practice/paper.html")));
        assertEquals("", violations(dir.resolve("week7-practice/key.html")));
    }

    @Test
    void aStudentsPaperFromABatch() {
        assertEquals("", violations(dir.resolve("backprop-quiz-batch/students/ann/paper.html")));
    }

    @Test
    void thePracticePageAndAQuestionsPreview() {
        assertEquals("", violations(dir.resolve("week7-practice-practice/index.html")));
        assertEquals("", violations(dir.resolve("preview-backprop-deep/key.html")));
    }

    @Test
    void aStudentsFeedbackAndTheClassReport() {
        assertEquals("", violations(dir.resolve("backprop-quiz-batch/marks/feedback/ann.html")));
        assertEquals("", violations(dir.resolve("backprop-quiz-batch/marks/results.html")));
    }
}
