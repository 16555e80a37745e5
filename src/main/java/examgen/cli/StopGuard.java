package examgen.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What a run does when it is stopped (Ctrl-C, a kill, a closed terminal) while it writes a folder
 * or a file aside: the JVM runs its shutdown hooks while the writing threads go on, so the hook
 * interrupts the writer, waits for it to remove what it half wrote (a batch's folder can hold a
 * gigabyte, an export's file 160 MB), removes whatever is left itself, and says so.
 */
final class StopGuard implements AutoCloseable {

    /** How long the hook waits for the writer: a batch stops within a student, a paper (whose writes Java will not interrupt) finishes its files. */
    private static final long WAIT_SECONDS = 10;

    /** Makes the folder or file to be written aside. */
    @FunctionalInterface
    interface Work {
        Path make() throws IOException;
    }

    private final Thread writer = Thread.currentThread();
    private final PrintStream err;
    private final CountDownLatch writerDone = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "examgen-stop");
    /** Null until made: a stop before then has nothing to remove. */
    private volatile Path work;
    private volatile boolean stopping;
    private volatile boolean finished;

    /**
     * Watches for a stop first and then makes the work, so that no moment is left between them at which a stop
     * would leave the work behind (a stop just after an export's file was made left it so).
     *
     * @param make makes the folder or file being written, which a stopped run removes
     */
    StopGuard(Work make, PrintStream err) throws IOException {
        this(make, err, Runtime.getRuntime()::addShutdownHook);
    }

    /** @param watch registers the hook that runs at a stop */
    StopGuard(Work make, PrintStream err, Consumer<Thread> watch) throws IOException {
        this.err = err;
        watch.accept(hook);
        try {
            work = make.make();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** @return the folder or file being written */
    Path work() {
        return work;
    }

    /** @return the writer's failure as it should be reported: a stop, already reported by the hook, or the failure itself */
    RuntimeException failure(RuntimeException failure) {
        return stopping ? new Stopped(failure) : failure;
    }

    /** The folder is in place: a stop from now on has nothing to remove. */
    void finished() {
        finished = true;
    }

    /** The writer is done: the folder is in place, or removed after a failure. */
    @Override
    public void close() {
        writerDone.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs already and waits for the count-down above
        }
    }

    private void stop() {
        stopping = true;
        writer.interrupt();
        try {
            writerDone.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path work = this.work;
        if (finished || work == null) {
            return;
        }
        // a thread the writer could not stop may still add a file during a pass: it goes in the next
        for (int pass = 0; pass < 5 && Files.exists(work); pass++) {
            try {
                OutputFolder.delete(work);
            } catch (IOException e) {
                // a file came or went during the pass
            }
        }
        err.println("examgen: stopped before the end; the unfinished output was removed" + (Files.exists(work) ? " except " + work : ""));
    }

    /** The writer's failure when it was stopped: reported by the hook, not again. */
    static final class Stopped extends RuntimeException {
        Stopped(Throwable cause) {
            super("stopped", cause);
        }
    }
}
