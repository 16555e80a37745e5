package examgen.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.bank.QuestionSpec;
import examgen.export.Json;
import examgen.export.Sha256;
import examgen.io.CsvText;
import examgen.io.FileSize;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.render.KatexAssets;
import examgen.render.PageRenderer;
import examgen.render.PaperWriter;

/**
 * A different paper for every student of a roster, on every core: each student's paper, key and
 * variants in {@code students/<id>/}, one marking table ({@code marking.csv}), a difficulty report
 * ({@code report.txt}) and a manifest of every seed and every file's SHA-256 ({@code manifest.json}).
 * A student's files depend only on the paper and the student's id.
 */
public final class BatchJob {

    /** Told how far the batch has got. */
    public interface Progress {
        void update(long done, long total);
    }

    /** What the batch made, and what it warns of. */
    public record Summary(int students, List<String> warnings, List<String> report) {
    }

    /**
     * The rest of the batch would not fit on its disk, as judged by its first student's files: said
     * at once rather than when the disk is full, maybe an hour later.
     */
    public static final class NoRoom extends RuntimeException {
        private NoRoom(String message) {
            super(message);
        }

        /** @return the same, with what the user can do about it */
        public NoRoom withFix(String fix) {
            return new NoRoom(getMessage() + "; " + fix);
        }
    }

    /** Bytes the batch may still write where its folder is: the disk's room for this user. */
    private static final ToLongFunction<Path> USABLE_SPACE = folder -> {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    /** Students' files differ in size by a few percent (names, numbers): the room asked for allows for that. */
    private static final double SIZE_ALLOWANCE = 1.05;

    private static final List<String> TABLE_COLUMNS = List.of("student_id", "name", "code", "question", "part", "answer", "accepted",
            "marks");

    private final Bank bank;
    private final PageRenderer pages;
    private final Set<PaperWriter.Format> formats;
    private final int threads;
    private final ToLongFunction<Path> usableSpace;

    public BatchJob(Bank bank, PageRenderer pages, Set<PaperWriter.Format> formats, int threads) {
        this(bank, pages, formats, threads, USABLE_SPACE);
    }

    /** @param usableSpace the bytes that may still be written where a folder is */
    BatchJob(Bank bank, PageRenderer pages, Set<PaperWriter.Format> formats, int threads, ToLongFunction<Path> usableSpace) {
        this.bank = bank;
        this.pages = pages;
        this.formats = formats;
        this.threads = threads;
        this.usableSpace = usableSpace;
    }

    /** Makes the batch in {@code folder}, which must be empty. */
    public Summary run(Roster roster, PaperSpec spec, Path folder, Progress progress) {
        if (formats.contains(PaperWriter.Format.HTML)) {
            KatexAssets.copyTo(folder);
        }
        StudentPapers papers = new StudentPapers(spec, new PaperBuilder(bank, new VariantFactory()), new PaperWriter(pages), formats);
        List<StudentResult> results = makeAll(roster.students(), papers, folder, progress);
        DifficultyReport report = new DifficultyReport(results);
        List<String> warnings = new ArrayList<>(roster.warnings());
        warnings.addAll(report.warnings());
        try {
            writeTable(roster, results, folder.resolve("marking.csv"));
            List<String> reportLines = new ArrayList<>(report.lines());
            reportLines.add("");
            reportLines.addAll(warnings.isEmpty() ? List.of("No warnings.") : warnings);
            Files.write(folder.resolve("report.txt"), reportLines, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("manifest.json"), Json.write(manifest(roster, spec, results, folder)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(results.size(), warnings, report.lines());
    }

    /**
     * Runs the students on every thread with a bounded number in flight, so memory stays flat however
     * long the roster; the first student that fails stops the rest from starting.
     */
    private List<StudentResult> makeAll(List<Student> students, StudentPapers papers, Path folder, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean roomChecked = new AtomicBoolean();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<StudentResult>> futures = new ArrayList<>();
        try {
            for (Student student : students) {
                inFlight.acquire();
                if (failed.get()) {
                    break;
                }
                futures.add(pool.submit(() -> {
                    try {
                        StudentResult result = papers.make(student, folder);
                        if (!roomChecked.getAndSet(true)) {
                            requireRoom(folder, result, students.size() - 1);
                        }
                        return result;
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        inFlight.release();
                        progress.update(done.incrementAndGet(), students.size());
                    }
                }));
            }
            List<StudentResult> results = new ArrayList<>();
            for (Future<StudentResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            awaitStopped(pool);
        }
    }

    /** @throws NoRoom if the students to come, each the size of the first one done, would not fit where the batch is written */
    private void requireRoom(Path folder, StudentResult first, int studentsToCome) {
        try {
            long firstSize = 0;
            for (String file : first.fileHashes().keySet()) {
                firstSize += Files.size(folder.resolve(file));
            }
            long perStudent = (long) Math.ceil(firstSize * SIZE_ALLOWANCE);
            long usable = usableSpace.applyAsLong(folder);
            if (perStudent * studentsToCome > usable) {
                throw new NoRoom("the batch needs about " + FileSize.of(perStudent * studentsToCome) + " more, and " + Files.getFileStore(folder)
                        + " has " + FileSize.of(usable) + " free: a student's files take about " + FileSize.of(firstSize) + ", and " + studentsToCome
                        + " students are to come (room for about " + usable / perStudent + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits, even when interrupted, for the students in flight to stop (an interrupted one stops at
     * its next write), so that no thread writes into the folder its caller is about to remove.
     */
    private static void awaitStopped(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!pool.isTerminated() && System.nanoTime() < deadline) {
            try {
                pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeTable(Roster roster, List<StudentResult> results, Path file) throws IOException {
        List<String> header = new ArrayList<>(TABLE_COLUMNS);
        header.addAll(roster.extraColumns());
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CsvText.WRITTEN)) {
            printer.printRecord(header);
            for (StudentResult result : results) {
                for (List<String> row : result.markingRows()) {
                    printer.printRecord(row);
                }
            }
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    private ObjectNode manifest(Roster roster, PaperSpec spec, List<StudentResult> results, Path folder) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode manifest = nodes.objectNode();
        manifest.put("schema", "examgen-batch/1");
        ObjectNode paper = manifest.putObject("paper");
        paper.put("id", spec.id());
        paper.put("title", spec.title());
        paper.put("seed", Long.toString(spec.seed()));
        paper.put("specification", spec.file().getFileName().toString());
        paper.put("sha256", Sha256.hex(Files.readAllBytes(spec.file())));
        ArrayNode questions = paper.putArray("questions");
        PaperBuilder builder = new PaperBuilder(bank, new VariantFactory());
        List<QuestionSpec> slotQuestions = builder.questions(spec);
        for (int slot = 1; slot <= slotQuestions.size(); slot++) {
            QuestionSpec question = slotQuestions.get(slot - 1);
            ObjectNode q = questions.addObject();
            q.put("slot", slot);
            q.put("question", question.id());
            q.put("file", question.file().getFileName().toString());
            q.put("sha256", Sha256.hex(Files.readAllBytes(question.file())));
        }
        ObjectNode rosterNode = manifest.putObject("roster");
        rosterNode.put("file", roster.file().getFileName().toString());
        rosterNode.put("sha256", Sha256.hex(Files.readAllBytes(roster.file())));
        rosterNode.put("students", results.size());
        ArrayNode students = manifest.putArray("students");
        Map<String, String> files = new TreeMap<>();
        for (StudentResult result : results) {
            ObjectNode s = students.addObject();
            s.put("id", result.student().id());
            s.put("name", result.student().name());
            s.put("code", result.code());
            s.put("seed", Long.toString(result.studentSeed()));
            ArrayNode seeds = s.putArray("slotSeeds");
            result.slotSeeds().forEach(seed -> seeds.add(Long.toString(seed)));
            files.putAll(result.fileHashes());
        }
        try (Stream<Path> shared = Files.walk(folder)) {
            for (Path file : shared.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("students/") && !name.equals("manifest.json")) {
                    files.put(name, Sha256.hex(Files.readAllBytes(file)));
                }
            }
        }
        ArrayNode fileList = manifest.putArray("files");
        files.forEach((name, hash) -> {
            ObjectNode f = fileList.addObject();
            f.put("path", name);
            f.put("sha256", hash);
        });
        return manifest;
    }
}
