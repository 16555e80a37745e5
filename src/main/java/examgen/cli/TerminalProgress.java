package examgen.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.LongSupplier;

import examgen.batch.BatchJob;

/**
 * A progress line on the terminal, rewritten in place: how many students (or seeds) are done, how
 * fast, and about how long is left. Silent when the output is not a terminal, so logs and scripts
 * stay clean.
 */
final class TerminalProgress implements BatchJob.Progress {

    /**
     * The pace is that of the last ten seconds: the JVM compiling its code makes the first students
     * several times slower than the rest, and an average since the start would promise minutes too many.
     */
    private static final long WINDOW_NANOS = 10_000_000_000L;
    /** Below this much history the pace is a guess, and the line says it is still estimating. */
    private static final long SHORTEST_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final LongSupplier clock;
    /** What is counted, in the plural: "students". */
    private final String things;
    /** The recent moments a student was done: {time, students done by then}. */
    private final Deque<long[]> recent = new ArrayDeque<>();
    private long lastShown;
    private boolean shown;

    TerminalProgress(PrintStream out, LongSupplier clock, String things) {
        this.out = out;
        this.clock = clock;
        this.things = things;
    }

    /**
     * @param things what is counted, in the plural ("students")
     * @return a progress line on standard error if this runs in a terminal, otherwise one that writes nothing
     */
    static TerminalProgress forThisTerminal(String things) {
        PrintStream out = System.console() != null ? System.err : new PrintStream(OutputStream.nullOutputStream());
        return new TerminalProgress(out, System::nanoTime, things);
    }

    /** Takes the line away, so that what is printed next starts a line of its own; the next update draws it again. */
    synchronized void clear() {
        if (shown) {
            out.print("\r\u001b[K");
            out.flush();
            shown = false;
        }
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = clock.getAsLong();
        recent.addLast(new long[] {now, done});
        while (now - recent.peekFirst()[0] > WINDOW_NANOS) {
            recent.removeFirst();
        }
        if (shown && done < total && now - lastShown < REDRAW_NANOS) {
            return;
        }
        shown = true;
        lastShown = now;
        long[] first = recent.peekFirst();
        long span = now - first[0];
        String pace;
        if (done == total) {
            pace = "done";
        } else if (span < SHORTEST_NANOS || done == first[1]) {
            pace = "estimating the time left";
        } else {
            double rate = (done - first[1]) / (span / 1e9);
            pace = String.format(Locale.ROOT, "%.1f a second, about %s left", rate, duration(Math.round((total - done) / rate)));
        }
        // back to the line's start, and clear what a longer line left behind
        out.print(String.format(Locale.ROOT, "\r  %d/%d %s, %s\u001b[K", done, total, things, pace));
        if (done == total) {
            out.println();
        }
        out.flush();
    }

    private static String duration(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
