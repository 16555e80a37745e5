package examgen.cli;

import java.io.PrintStream;
import java.util.Locale;

import examgen.batch.BatchJob;

/**
 * A progress line on the terminal, rewritten in place: how many students are done, how fast, and
 * about how long is left. Silent when the output is not a terminal, so logs and scripts stay clean.
 */
final class TerminalProgress implements BatchJob.Progress {

    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastShown;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** @return a progress line on standard error if this runs in a terminal, otherwise nothing */
    static BatchJob.Progress forThisTerminal() {
        return System.console() != null ? new TerminalProgress(System.err) : (done, total) -> { };
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastShown < 250_000_000L) {
            return;
        }
        lastShown = now;
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long left = Math.round((total - done) / Math.max(rate, 1e-9));
        out.print(String.format(Locale.ROOT, "\r  %d/%d students, %.1f a second, about %s left   ", done, total, rate, duration(left)));
        if (done == total) {
            out.println();
        }
        out.flush();
    }

    private static String duration(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
