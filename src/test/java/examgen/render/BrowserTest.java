package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import examgen.cli.TestLauncher;

/**
 * The HTML key opened from disk in real headless Chromium, with every host name resolving to
 * nowhere: its maths is typeset by the KaTeX copied beside it, the console shows no error, and
 * nothing is fetched from the network.
 */
class BrowserTest {

    @TempDir
    static Path dir;

    private static Path key;
    private static String html;

    @BeforeAll
    static void writeTheKey() throws Exception {
        TestLauncher.Result result = TestLauncher.run("paper", "--formats", "html", "--out", dir.toString(), "--bank", "question-bank",
                "--templates", "templates");
        assertEquals(0, result.status(), result.err());
        key = dir.resolve("week7-practice/key.html");
        html = Files.readString(key);
    }

    private static ExternalTools.Output chromium(String... more) throws Exception {
        List<String> command = ExternalTools.chromium(Files.createTempDirectory(dir, "profile"), more);
        command.add("--host-resolver-rules=MAP * ~NOTFOUND");
        command.add("--virtual-time-budget=10000");
        command.add(key.toUri().toString());
        return ExternalTools.run(command, 120);
    }

    @Test
    void mathsIsTypesetWithNoConsoleErrorAndNoNetwork() throws Exception {
        Path netLog = dir.resolve("net-log.json");
        ExternalTools.Output output = chromium("--dump-dom", "--log-net-log=" + netLog);
        assertEquals(0, output.status(), output.err());
        String dom = output.out();
        int formulas = count(html, "class=\"math\"");
        assertTrue(formulas > 100, "the key has formulas: " + formulas);
        assertEquals(formulas, count(dom, "class=\"katex\""), "every formula typeset by KaTeX");
        assertEquals(0, count(dom, "katex-error"));
        List<String> console = output.err().lines().filter(line -> line.contains("CONSOLE") || line.contains("Uncaught")
                || line.contains("Failed to load resource") || line.contains("ERR_NAME_NOT_RESOLVED")).toList();
        assertTrue(console.isEmpty(), "console: " + console);
        assertEquals(List.of(), NetLog.offDisk(netLog), "requests the page made off this disk");
    }

    @Test
    void thePageReferencesNothingOffTheMachine() {
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        int seen = 0;
        while (references.find()) {
            String target = references.group(1);
            assertFalse(target.contains("://") || target.startsWith("//"), "the page fetches " + target);
            assertTrue(Files.exists(key.getParent().resolve(target)), "the page needs " + target + ", which is not beside it");
            seen++;
        }
        assertEquals(2, seen, "KaTeX's script and style sheet");
        assertTrue(html.contains("role=\"img\" aria-label=\""), "every figure has a text alternative");
    }

    @Test
    void aScreenReaderHearsEachQuestionsPartsAsOneList() {
        String[] questions = html.split("<section class=\"question\"");
        assertEquals(20, questions.length, "the page before the questions, then the 19 questions");
        for (int q = 1; q < questions.length; q++) {
            assertEquals(1, count(questions[q], "<ol class=\"parts\">"), "question " + q + "'s parts");
        }
    }

    @Test
    void onAPhoneThePageIsNoWiderThanTheScreenAndTheAnswersTableScrollsOnItsOwn() throws Exception {
        ChromeOptions options = new ChromeOptions();
        List<String> flags = ExternalTools.chromium(Files.createTempDirectory(dir, "profile"), "--host-resolver-rules=MAP * ~NOTFOUND");
        options.addArguments(flags.subList(1, flags.size()));
        // a phone's screen, 390 CSS pixels wide (a window is at least 500)
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
        ChromeDriver browser = ExternalTools.chromeDriver(options);
        try {
            browser.get(key.toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !browser.findElements(By.cssSelector(".katex")).isEmpty());
            assertEquals(390L, browser.executeScript("return window.innerWidth"));
            assertEquals(390L, browser.executeScript("return document.documentElement.scrollWidth"), "nothing runs off the side of the page");
            assertEquals(true, browser.executeScript("var table = document.querySelector('table.answer-table');"
                    + " return table.scrollWidth > table.clientWidth && getComputedStyle(table).overflowX === 'auto'"));
        } finally {
            browser.quit();
        }
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
