package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void writesAReadableFileAndLeavesNothingAside() throws Exception {
        Path file = dir.resolve("new/quiz.xml");
        OutputFile.write(file, false, out -> out.write("<quiz/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<quiz/>", Files.readString(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void refusesToReplaceAFileUnlessForcedAndThenMakesNothing() throws Exception {
        Path file = dir.resolve("quiz.xml");
        Files.writeString(file, "the lecturer's edits");
        boolean[] made = {false};
        UsageException refusal = assertThrows(UsageException.class, () -> OutputFile.write(file, false, out -> made[0] = true));
        assertTrue(refusal.getMessage().contains("--force"), refusal.getMessage());
        assertFalse(made[0], "nothing is generated for a file that will not be written");
        assertEquals("the lecturer's edits", Files.readString(file));

        OutputFile.write(file, true, out -> out.write("<quiz/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<quiz/>", Files.readString(file));
    }

    @Test
    void aFailureWhileMakingTheContentLeavesTheOldFile() throws Exception {
        Path file = dir.resolve("quiz.xml");
        Files.writeString(file, "old");
        assertThrows(IllegalStateException.class, () -> OutputFile.write(file, true, out -> {
            out.write("half of a quiz".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("generation failed");
        }));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        // nor a folder it would have made for the file
        assertThrows(IllegalStateException.class, () -> OutputFile.write(dir.resolve("new/quiz.xml"), false, out -> {
            throw new IllegalStateException("generation failed");
        }));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFileMadeByAnotherRunWhileThisOneWroteIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("quiz.xml");
        UsageException refusal = assertThrows(UsageException.class, () -> OutputFile.write(file, false, out -> {
            // a second export, started at the same moment with the same --out, finishes first
            Files.writeString(file, "the other run's quiz");
            out.write("<quiz/>".getBytes(StandardCharsets.UTF_8));
        }));
        assertEquals(file + " appeared while examgen was writing and was left as it is; give --force to replace it, or --out for another file",
                refusal.getMessage());
        assertEquals("the other run's quiz", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no partial file is left");
        }
    }

    @Test
    void aStoppedExportTakesItsFileAsideWithIt() throws Exception {
        String said = TestLauncher.stopOnceBegun(this::partialIsThere, "export", "moodle", "--variants", "1000", "--out",
                dir.resolve("quiz.xml").toString(), "--bank", "question-bank");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing is left of the stopped export");
        }
        assertTrue(said.contains("examgen: stopped before the end; the unfinished output was removed"), said);
    }

    private boolean partialIsThere() throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().contains(".partial-"));
        }
    }
}
