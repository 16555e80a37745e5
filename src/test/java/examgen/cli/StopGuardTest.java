package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopGuardTest {

    @Test
    void aStopIsWatchedForBeforeTheWorkIsMadeSoThatAStopAtAnyMomentRemovesIt(@TempDir Path dir) throws Exception {
        List<Thread> hooks = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        CompletableFuture<Path> made = new CompletableFuture<>();
        CompletableFuture<Boolean> writerInterrupted = new CompletableFuture<>();
        // the writer is a thread of its own, as in a run: the hook interrupts it, and a test thread interrupted would fail its own waits
        Thread writer = new Thread(() -> {
            try (StopGuard guard = new StopGuard(() -> {
                assertEquals(1, hooks.size(), "the hook is registered before the work is made");
                return Files.createTempFile(dir, ".quiz.xml", ".partial");
            }, new PrintStream(said, true, StandardCharsets.UTF_8), hooks::add)) {
                made.complete(guard.work());
                Thread.sleep(60_000); // writing, until the stop interrupts it
                writerInterrupted.complete(false);
            } catch (InterruptedException stopped) {
                writerInterrupted.complete(true);
            } catch (Exception | AssertionError e) {
                made.completeExceptionally(e);
            }
        }, "writer");
        writer.start();
        Path work = made.get(10, TimeUnit.SECONDS);
        assertTrue(Files.exists(work));
        // stopped now, before the writer wrote a byte: the hook interrupts the writer, waits for it, then removes the work
        Thread stop = hooks.get(0);
        stop.start();
        stop.join(10_000);
        assertTrue(writerInterrupted.get(10, TimeUnit.SECONDS), "the stop interrupts the writer");
        assertFalse(Files.exists(work));
        assertEquals("examgen: stopped before the end; the unfinished output was removed", said.toString(StandardCharsets.UTF_8).strip());
    }
}
