package examgen.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Runs the programs a reader of the outputs would use: poppler's pdftotext, pdffonts and pdftoppm, headless Chromium. */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** What a program printed, both streams. */
    record Output(int status, String out, String err) {
    }

    static Output run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("examgen-tool", ".out");
        Path err = Files.createTempFile("examgen-tool", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Output(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** @return the PDF's text as poppler reads it, in reading order */
    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Output output = run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"), 60);
        if (output.status() != 0) {
            throw new IllegalStateException("pdftotext failed: " + output.err());
        }
        return output.out();
    }

    /** @return the PDF's words with their boxes, as poppler's {@code pdftotext -bbox} writes them (XHTML) */
    static String pdfWordBoxes(Path pdf) throws IOException, InterruptedException {
        Output output = run(List.of("pdftotext", "-enc", "UTF-8", "-bbox", pdf.toString(), "-"), 60);
        if (output.status() != 0) {
            throw new IllegalStateException("pdftotext failed: " + output.err());
        }
        return output.out();
    }

    /** @return the PDF's first page as poppler paints it, at {@code dpi} dots per inch */
    public static BufferedImage pdfPicture(Path pdf, int dpi) throws IOException, InterruptedException {
        Path png = Files.createTempFile("examgen-page", ".png");
        try {
            Output output = run(List.of("pdftoppm", "-png", "-singlefile", "-r", Integer.toString(dpi), pdf.toString(),
                    png.toString().replaceFirst("\\.png$", "")), 60);
            if (output.status() != 0) {
                throw new IllegalStateException("pdftoppm failed: " + output.err());
            }
            return ImageIO.read(png.toFile());
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** @return the fonts table of pdffonts, one line per font */
    static List<String> pdfFonts(Path pdf) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>(run(List.of("pdffonts", pdf.toString()), 60).out().lines().toList());
        return lines.subList(2, lines.size());
    }

    /** @return Debian's Chromium with these options, driven through Debian's chromedriver */
    public static ChromeDriver chromeDriver(ChromeOptions options) {
        options.setBinary("/usr/bin/chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** The flags every headless Chromium of the tests runs with: no sandbox as root, and nothing that reaches out. */
    static List<String> chromium(Path profile, String... more) {
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-default-apps", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(more));
        return command;
    }
}
