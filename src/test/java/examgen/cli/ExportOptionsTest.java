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

    @Test
    void aNameWithoutExtensionIsAFolderAndAnotherExtensionIsRefused(@TempDir Path dir) throws Exception {
        TestLauncher.Result folder = TestLauncher.run("export", "qti", "--paper", "backprop-quiz", "--variants", "1", "--out",
                dir.resolve("quizzes").toString(), "--bank", "question-bank");
        assertEquals(0, folder.status(), folder.err());
        assertTrue(Files.isRegularFile(dir.resolve("quizzes/backprop-quiz-qti.zip")), "it was a zip named 'quizzes'");
        TestLauncher.Result wrong = TestLauncher.run("export", "qti", "--paper", "backprop-quiz", "--variants", "1", "--out",
                dir.resolve("quiz.xml").toString(), "--bank", "question-bank");
        assertEquals(2, wrong.status());
        assertEquals("examgen export qti: --out: " + dir.resolve("quiz.xml") + ": a qti export is a .zip file; name it so, or give a folder",
                wrong.err().strip());
        assertTrue(Files.notExists(dir.resolve("quiz.xml")));
        TestLauncher.Result named = TestLauncher.run("export", "qti", "--paper", "backprop-quiz", "--variants", "1", "--out",
                dir.resolve("Quiz.ZIP").toString(), "--bank", "question-bank");
        assertEquals(0, named.status(), named.err());
        assertTrue(Files.isRegularFile(dir.resolve("Quiz.ZIP")));
    }
}
