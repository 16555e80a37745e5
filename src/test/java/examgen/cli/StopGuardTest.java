package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopGuardTest {

    @Test
    void aStopIsWatchedForBeforeTheWorkIsMadeSoThatAStopAtAnyMomentRemovesIt(@TempDir Path dir) throws Exception {
        List<Thread> hooks = new ArrayList<>();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        StopGuard guard = new StopGuard(() -> {
            assertEquals(1, hooks.size(), "the hook is registered before the work is made");
            return Files.createTempFile(dir, ".quiz.xml", ".partial");
        }, new PrintStream(said, true, StandardCharsets.UTF_8), hooks::add);
        assertTrue(Files.exists(guard.work()));
        // stopped now, before the writer wrote a byte: the hook waits for the writer, then removes the work
        Thread stop = hooks.get(0);
        stop.start();
        guard.close();
        stop.join(10_000);
        assertFalse(Files.exists(guard.work()));
        assertEquals("examgen: stopped before the end; the unfinished output was removed", said.toString(StandardCharsets.UTF_8).strip());
        Thread.interrupted(); // the hook interrupted this thread, the writer
    }
}
