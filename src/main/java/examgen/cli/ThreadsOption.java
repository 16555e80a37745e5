package examgen.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that make many students at once. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "Students made at once (default: one per core).")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** @throws UsageException if fewer than one thread was asked for */
    int count() {
        if (threads < 1) {
            throw new UsageException("--threads: give at least 1");
        }
        return threads;
    }
}
