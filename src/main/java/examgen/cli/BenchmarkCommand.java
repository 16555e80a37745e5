package examgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.batch.BatchJob;
import examgen.batch.Roster;
import examgen.render.PageRenderer;
import examgen.render.PaperWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Time a batch: a roster of N made-up students, every paper and key as PDF and HTML with the variants as JSON, "
                + "into a temporary folder that is deleted afterwards. Prints students per second, milliseconds per student, "
                + "the seconds each tenth of the roster took (the first includes the JVM warming up), the pace over the "
                + "second half, and the peak resident memory of this process."})
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Option(names = "--students", defaultValue = "1000", paramLabel = "N", description = "Students in the batch (default: ${DEFAULT-VALUE}).")
    private int students;

    @Mixin
    private PaperOption paperOption;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--stages", description = {"Instead of a batch, show where the time goes: make the N students one after "
            + "the other on one thread, the first half to warm the JVM up, and print the milliseconds per student of each "
            + "stage over the second half (try --students 300); each PDF is also made untagged, in turn with it, to show "
            + "what tagging for screen readers adds."})
    private boolean stages;

    @Override
    public Integer call() throws IOException {
        UsageException.requireWithin("--students", students, 1, Roster.MOST_STUDENTS);
        int threadCount = threads.count();
        Bank bank = bankOptions.load();
        PaperSpec paper = paperOption.in(bank);
        // a stopped benchmark takes its temporary folder with it: a thousand students leave a gigabyte
        try (StopGuard stop = new StopGuard(() -> Files.createTempDirectory("examgen-benchmark"), System.err)) {
            Path work = stop.work();
            try {
                if (stages) {
                    printStages(bank, paper, work);
                } else {
                    timeBatch(bank, paper, work, threadCount);
                }
                return 0;
            } catch (RuntimeException e) {
                throw stop.failure(e);
            } finally {
                OutputFolder.delete(work);
            }
        }
    }

    private void timeBatch(Bank bank, PaperSpec paper, Path work, int threadCount) throws IOException {
        Path rosterFile = work.resolve("roster.csv");
        List<String> lines = new ArrayList<>(List.of("id,name"));
        for (int i = 1; i <= students; i++) {
            lines.add(String.format(Locale.ROOT, "s%06d,Student %d", i, i));
        }
        Files.write(rosterFile, lines, StandardCharsets.UTF_8);
        Roster roster = Roster.read(rosterFile, "id", "name");
        BatchJob job = new BatchJob(bank, new PageRenderer(Home.resolve("templates")),
                EnumSet.of(PaperWriter.Format.PDF, PaperWriter.Format.HTML), threadCount);
        Path out = work.resolve("batch");
        Files.createDirectories(out);
        BatchJob.Progress terminal = TerminalProgress.forThisTerminal("students");
        long start = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        long[] tenths = new long[10];
        try {
            job.run(roster, paper, out, (done, total) -> {
                terminal.update(done, total);
                // the moment each tenth of the roster is done, to tell the JVM's warming up from its steady pace
                synchronized (tenths) {
                    for (int tenth = 0; tenth < 10L * done / total; tenth++) {
                        tenths[tenth] = tenths[tenth] == 0 ? System.nanoTime() : tenths[tenth];
                    }
                }
            });
        } catch (BatchJob.NoRoom e) {
            throw e.withFix("give fewer --students, or a temporary folder on a larger disk (-Djava.io.tmpdir=DIR in EXAMGEN_JAVA_OPTS)");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuAtStart) / 1e9;
        long bytes;
        try (var files = Files.walk(out)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "batch of %d students of %s (paper and key as PDF and HTML, variants as JSON), %d threads%n",
                students, paper.id(), threadCount);
        printer.printf(Locale.ROOT, "  wall time          %.1f s%n", seconds);
        printer.printf(Locale.ROOT, "  students per second %.2f%n", students / seconds);
        printer.printf(Locale.ROOT, "  ms per student     %.0f (wall), %.0f of CPU (every thread's: the JIT's and the collector's too)%n",
                1000 * seconds / students, 1000 * cpuSeconds / students);
        if (students >= 20) {
            printer.printf(Locale.ROOT, "  seconds per tenth  %s (the first includes the JVM warming up)%n", perTenth(start, tenths));
            double secondHalf = (tenths[9] - tenths[4]) / 1e9;
            printer.printf(Locale.ROOT, "  second half        %.1f s, %.0f ms per student (wall)%n", secondHalf,
                    1000 * secondHalf / (students - (students + 1) / 2));
        }
        printer.printf(Locale.ROOT, "  output             %.1f MB%n", bytes / 1e6);
        printer.printf(Locale.ROOT, "  peak resident memory %s%n", peakResident());
        printer.flush();
    }

    /** @return the CPU time this process has used, all its threads together */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void printStages(Bank bank, PaperSpec paper, Path work) {
        int warmUp = students / 2;
        PageRenderer pages = new PageRenderer(Home.resolve("templates"));
        StageTimes times = StageTimes.measure(bank, paper, new PaperWriter(pages), new PaperWriter(pages, false), work, warmUp, students - warmUp);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "stages of one student's files of %s on one thread, mean over students %d to %d%n", paper.id(),
                warmUp + 1, students);
        StageTimes.Stage[] stages = StageTimes.Stage.values();
        for (StageTimes.Stage stage : stages) {
            if (!stage.comparison) {
                printer.printf(Locale.ROOT, "  %-40s %7.1f ms %4.0f%%%n", stage.description, times.millis(stage),
                        100 * times.millis(stage) / times.totalMillis());
            }
        }
        printer.printf(Locale.ROOT, "  %-40s %7.1f ms%n", "total", times.totalMillis());
        printer.printf(Locale.ROOT, "for comparison, each PDF made again untagged (PDF/UA's structure left out), in turn with the tagged one:%n");
        for (int i = 1; i < stages.length; i++) {
            if (stages[i].comparison) {
                printer.printf(Locale.ROOT, "  %-40s %7.1f ms   tagging adds %.0f%%%n", stages[i].description, times.millis(stages[i]),
                        100 * (times.millis(stages[i - 1]) / times.millis(stages[i]) - 1));
            }
        }
        printer.flush();
    }

    private static String perTenth(long start, long[] tenths) {
        StringBuilder text = new StringBuilder();
        long previous = start;
        for (long time : tenths) {
            text.append(String.format(Locale.ROOT, "%.1f ", (time - previous) / 1e9));
            previous = time;
        }
        return text.toString().strip();
    }

    /** @return the process's peak resident set (VmHWM), as Linux reports it */
    private static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
