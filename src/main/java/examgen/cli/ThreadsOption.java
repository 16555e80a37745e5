package examgen.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that make many students at once. */
final class ThreadsOption {

    /**
     * The heap one student being made takes, with room for the collector: its pages, fonts and
     * layout hold about 22 MB (measured with 4 and 8 at once); with less room the collector runs
     * all the time, and 16 students at once in a 640 MB heap took twice as long as 8.
     */
    static final long HEAP_PER_STUDENT = 64L << 20;

    @Option(names = "--threads", paramLabel = "N",
            description = "Students made at once, at most one per 64 MB of the Java heap (default: one per core).")
    private Integer threads;

    /** @throws UsageException if fewer than one thread was asked for, or more than the Java heap has room for */
    int count() {
        long heap = Runtime.getRuntime().maxMemory();
        if (threads == null) {
            return fitting(Runtime.getRuntime().availableProcessors(), heap);
        }
        if (threads < 1) {
            throw new UsageException("--threads: give at least 1");
        }
        // more would not finish: 50 at once in a 640 MB heap ran out of it after four minutes of collecting
        int most = fitting(Integer.MAX_VALUE, heap);
        if (threads > most) {
            throw new UsageException("--threads: " + threads + " students at once need about " + threads * (HEAP_PER_STUDENT >> 20)
                    + " MB of Java heap and this one has " + (heap >> 20) + " MB; give at most " + most
                    + ", or a larger heap with EXAMGEN_JAVA_OPTS (e.g. -Xmx" + (threads * (HEAP_PER_STUDENT >> 20) + 256) + "m)");
        }
        return threads;
    }

    /** @return one thread per core, as many as the heap has room for, at least one */
    static int fitting(int cores, long heapBytes) {
        return (int) Math.max(1, Math.min(cores, heapBytes / HEAP_PER_STUDENT));
    }
}
