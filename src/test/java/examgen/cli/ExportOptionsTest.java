package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportOptionsTest {

    @Test
    void aFolderAsOutGetsTheFileUnderItsUsualName(@TempDir Path dir) throws Exception {
        Path kept = Files.writeString(dir.resolve("notes.txt"), "kept");
        TestLauncher.Result result = TestLauncher.run("export", "moodle", "--paper", "backprop-quiz", "--variants", "1", "--out", dir.toString(),
                "--bank", "question-bank");
        assertEquals(0, result.status(), result.err());
        Path file = dir.resolve("backprop-quiz-moodle.xml");
        assertTrue(Files.readString(file).contains("<quiz>"), "the export is written into the folder");
        assertEquals("kept", Files.readString(kept));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file, kept), files.sorted().toList());
        }
        assertTrue(result.out().contains(file.toString()), result.out());
    }
}
