package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereAFolderIsNeededIsNamedBeforeAnyWork() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "the lecturer's notes");
        boolean[] filled = {false};
        UsageException refusal = assertThrows(UsageException.class, () -> OutputFolder.write(notes.resolve("week7/week7-practice"), false, work -> {
            filled[0] = true;
            return null;
        }));
        assertEquals("cannot write " + notes.resolve("week7/week7-practice") + ": " + notes + " is a file, where a folder is needed",
                refusal.getMessage());
        assertFalse(filled[0], "nothing is made for a folder that cannot be written");
        assertEquals("the lecturer's notes", Files.readString(notes));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(notes), files.toList());
        }
    }

    @Test
    void aFullDiskIsNamedByTheFolderBeingWrittenWithTheFixAndLeavesNothing() throws Exception {
        Path target = dir.resolve("week7-practice-batch");
        // Java reports a full disk as a bare IOException, without the file it was writing
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> OutputFolder.write(target, false, work -> {
            throw new UncheckedIOException(new IOException("No space left on device"));
        }));
        assertEquals("could not write or read " + target + ": no space left on device; free some space, or give --out on another disk",
                IoFailure.describe(failure.getCause()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no partial folder is left");
        }
    }

    @Test
    void aFolderMadeByAnotherRunWhileThisOneWroteIsLeftAsItIs() throws Exception {
        Path target = dir.resolve("week7-practice");
        UsageException refusal = assertThrows(UsageException.class, () -> OutputFolder.write(target, false, work -> {
            try {
                Files.writeString(work.resolve("paper.pdf"), "this run's paper");
                // a second examgen, started at the same moment with the same --out, finishes first
                Files.writeString(Files.createDirectories(target).resolve("paper.pdf"), "the other run's paper");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }));
        assertEquals(target + " appeared while examgen was writing and was left as it is; give --force to replace it, or --out for another folder",
                refusal.getMessage());
        assertEquals("the other run's paper", Files.readString(target.resolve("paper.pdf")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no partial folder is left");
        }
    }

    @Test
    void theCommandSaysSoInOneLineWithExitStatusTwo() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "");
        TestLauncher.Result result = TestLauncher.run("paper", "--out", notes.toString(), "--bank", "question-bank", "--templates", "templates");
        assertEquals(2, result.status(), result.err());
        assertEquals("examgen paper: cannot write " + notes.resolve("week7-practice") + ": " + notes + " is a file, where a folder is needed",
                result.err().strip());
    }

    @Test
    void aFailedWriteIsOneLineNamingTheFileWithExitStatusOne() {
        // nothing can be made in /proc, not even by root
        TestLauncher.Result result = TestLauncher.run("paper", "--out", "/proc", "--bank", "question-bank", "--templates", "templates");
        assertEquals(1, result.status(), result.err());
        assertTrue(result.err().startsWith("examgen paper: could not write or read /proc"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void aStoppedBatchTakesItsHalfWrittenFolderWithIt(@TempDir Path home) throws Exception {
        StringBuilder roster = new StringBuilder("id,name\n");
        for (int i = 0; i < 40; i++) {
            roster.append("s").append(i).append(",Student ").append(i).append('\n');
        }
        Path rosterFile = Files.writeString(home.resolve("class.csv"), roster);
        String said = TestLauncher.stopOnceBegun(this::partialHoldsStudents, "batch", "--roster", rosterFile.toString(), "--out",
                dir.toString(), "--formats", "pdf", "--bank", "question-bank", "--templates", "templates");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing is left of the stopped batch");
        }
        assertTrue(said.contains("examgen: stopped before the end; the unfinished output was removed"), said);
    }

    private boolean partialHoldsStudents() throws IOException {
        try (var files = Files.walk(dir)) {
            return files.anyMatch(file -> file.toString().contains(".partial-") && file.getFileName().toString().equals("paper.pdf"));
        }
    }

    /** kill -9 leaves a run's hidden folder behind; the next run removes it and says so, and leaves a running run's alone. */
    @Test
    void whatAKilledRunLeftIsRemovedByTheNextAndARunningRunsIsKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path target = dir.resolve("week7-practice");
        Path left = Files.createDirectories(dir.resolve(".week7-practice.partial-" + gone.pid() + "-123"));
        Files.write(left.resolve("paper.pdf"), new byte[2_700]);
        Path running = Files.createDirectories(dir.resolve(LeftOvers.prefix(target, "partial") + "456"));
        Path unrelated = Files.createDirectories(dir.resolve(".other.partial-" + gone.pid() + "-1"));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        LeftOvers.removeStale(target, new PrintStream(said, true, StandardCharsets.UTF_8));
        assertFalse(Files.exists(left), "a killed run's folder is removed");
        assertTrue(Files.exists(running), "this process is running: its folder is kept");
        assertTrue(Files.exists(unrelated), "another target's are not this run's to judge");
        assertEquals("examgen: removed " + left + " (2.7 kB), left by a run that was stopped before it finished",
                said.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void javasBarePathsBecomeAReason() {
        assertEquals("could not write or read /srv/exams: permission denied", IoFailure.describe(new AccessDeniedException("/srv/exams")));
    }
}
