package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.cli.TestLauncher;

/**
 * The HTML of the backprop quiz at its own seed, byte for byte against files kept in the
 * repository. After a deliberate change, rewrite them with {@code mvn test -Dgolden.update=true}
 * and read the difference before committing it.
 */
class GoldenHtmlTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void quizPaperAndKeyMatchTheirGoldenFiles(@TempDir Path out) throws IOException {
        TestLauncher.Result result = TestLauncher.run("paper", "--paper", "backprop-quiz", "--formats", "html", "--out", out.toString(),
                "--bank", "question-bank", "--templates", "templates");
        assertEquals(0, result.status(), result.err());
        for (String file : List.of("paper.html", "key.html")) {
            String actual = Files.readString(out.resolve("backprop-quiz").resolve(file), StandardCharsets.UTF_8);
            Path golden = GOLDEN.resolve("backprop-quiz-" + file);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, file + " differs from " + golden);
        }
    }
}
