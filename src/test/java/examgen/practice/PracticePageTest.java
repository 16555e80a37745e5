package examgen.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import examgen.cli.TestLauncher;
import examgen.render.ExternalTools;
import examgen.render.NetLog;

/**
 * The practice page opened from disk in Debian's Chromium, driven through chromedriver as a student
 * would use it: answers right, wrong and with a modelled mistake, the worked solution, another variant,
 * progress kept over a reload, no console error and no request to the network.
 */
class PracticePageTest {

    @TempDir
    static Path dir;

    private static ChromeDriver browser;
    private static String page;
    private static Path netLog;

    /** A lecturer's title with markup characters, which the page must print as written. */
    private static final String TITLE = "The <gradient-descent> update & \"its\" rule";

    @BeforeAll
    static void open() throws IOException {
        Path bank = dir.resolve("bank");
        try (Stream<Path> files = Files.walk(Path.of("question-bank"))) {
            for (Path file : files.toList()) {
                Files.copy(file, bank.resolve(Path.of("question-bank").relativize(file).toString()));
            }
        }
        Path updateRule = bank.resolve("update-rule.yaml");
        Files.writeString(updateRule, Files.readString(updateRule).replace("title: The gradient-descent update",
                "title: '" + TITLE + "'"));
        TestLauncher.Result result = TestLauncher.run("practice", "--variants", "4", "--out", dir.toString(), "--bank", bank.toString(),
                "--templates", "templates");
        assertEquals(0, result.status(), result.err());
        page = dir.resolve("week7-practice-practice/index.html").toUri().toString();
        netLog = dir.resolve("net-log.json");
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-default-apps", "--user-data-dir=" + dir.resolve("profile"),
                "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog, "--window-size=1000,1300");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = ExternalTools.chromeDriver(options);
        browser.get(page);
        waitFor(() -> !browser.findElements(By.cssSelector("#question .katex")).isEmpty());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(int family, int variant, int part) {
        Map<String, Object> data = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "return JSON.parse(document.getElementById('practice-data').textContent)");
        List<Map<String, Object>> families = (List<Map<String, Object>>) data.get("families");
        List<Map<String, Object>> variants = (List<Map<String, Object>>) families.get(family).get("variants");
        return ((List<Map<String, Object>>) variants.get(variant).get("parts")).get(part);
    }

    private static String check(WebElement part, String typed) {
        WebElement input = part.findElement(By.cssSelector("input.number"));
        input.clear();
        input.sendKeys(typed);
        part.findElement(By.cssSelector("button.check")).click();
        return part.findElement(By.cssSelector(".verdict")).getText();
    }

    @Test
    void aTitleWithMarkupCharactersPrintsAsWritten() {
        browser.get(page);
        waitFor(() -> !browser.findElements(By.cssSelector("#question .katex")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#question h2")).getText().startsWith(TITLE + " ("),
                browser.findElement(By.cssSelector("#question h2")).getText());
    }

    @SuppressWarnings("unchecked")
    @Test
    void aStudentWorksThroughAQuestion() throws Exception {
        browser.get(page);
        waitFor(() -> !browser.findElements(By.cssSelector("#question .katex")).isEmpty());
        Map<String, Object> numeric = part(0, 0, 1);
        WebElement partB = browser.findElements(By.cssSelector(".part")).get(1);
        assertTrue(check(partB, (String) numeric.get("display")).startsWith("Right"), "right");
        assertTrue(check(partB, "999").startsWith("Not right"), "wrong");
        Map<String, Object> mistake = ((List<Map<String, Object>>) numeric.get("mistakes")).get(0);
        double middle = ((Number) mistake.get("min")).doubleValue() / 2 + ((Number) mistake.get("max")).doubleValue() / 2;
        assertEquals("Not quite: " + mistake.get("why") + ".", check(partB, String.valueOf(middle)));

        WebElement partA = browser.findElements(By.cssSelector(".part")).get(0);
        String wrongOption = ((List<Map<String, Object>>) part(0, 0, 0).get("options")).stream()
                .filter(o -> !(Boolean) o.get("correct")).findFirst().orElseThrow().get("label").toString();
        partA.findElement(By.cssSelector("input[value='" + wrongOption + "']")).click();
        partA.findElement(By.cssSelector("button.check")).click();
        assertTrue(partA.findElement(By.cssSelector(".verdict")).getText().startsWith("Not right: "));

        WebElement solution = partB.findElement(By.cssSelector(".solution-button"));
        solution.click();
        assertEquals(1, partB.findElements(By.cssSelector(".steps li")).size(), "the first step");
        assertTrue(!partB.findElements(By.cssSelector(".steps li .katex")).isEmpty(), "steps are typeset");

        WebElement input = partB.findElement(By.cssSelector("input.number"));
        input.clear();
        input.sendKeys((String) numeric.get("display"), Keys.ENTER);
        assertTrue(partB.findElement(By.cssSelector(".verdict")).getText().startsWith("Right"), "Enter checks");
        Files.write(Path.of("target", "practice-checked.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("another")).click();
        assertTrue(browser.findElement(By.cssSelector("#question h2")).getText().contains("(2 of 4)"));

        browser.navigate().refresh();
        waitFor(() -> !browser.findElements(By.cssSelector("#question .katex")).isEmpty());
        assertEquals("Attempted 2 parts, right first time 1.", browser.findElement(By.id("progress")).getText(), "kept over a reload");
        assertTrue(browser.findElement(By.cssSelector("#question h2")).getText().contains("(2 of 4)"), "the same variant after a reload");

        Files.write(Path.of("target", "practice-desktop.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(390, 844));
        Files.write(Path.of("target", "practice-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1000, 1300));

        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertTrue(severe.isEmpty(), "console: " + severe);
    }

    @Test
    void everyInputIsLabelledAndReachableByKeyboard() {
        browser.get(page);
        waitFor(() -> !browser.findElements(By.cssSelector("#question .katex")).isEmpty());
        for (WebElement input : browser.findElements(By.cssSelector("input.number"))) {
            assertEquals(1, browser.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).size());
        }
        for (WebElement radio : browser.findElements(By.cssSelector("input[type=radio]"))) {
            assertEquals("label", radio.findElement(By.xpath("..")).getTagName());
        }
        assertTrue(browser.findElement(By.id("family")).getTagName().equals("select"));
    }

    @AfterAll
    static void noRequestLeftTheMachine() throws Exception {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), NetLog.offDisk(netLog), "requests the page made off this disk");
    }
}
