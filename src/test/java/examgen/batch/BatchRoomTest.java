package examgen.batch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.bank.Bank;
import examgen.render.PageRenderer;
import examgen.render.PaperWriter;

/** A batch whose disk cannot hold it stops after its first student, and says how much it needs and has. */
class BatchRoomTest {

    private static final int STUDENTS = 40;
    private static final int THREADS = 2;

    @Test
    void aBatchTooLargeForItsDiskStopsAfterItsFirstStudentSayingWhatItNeeds(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of("id,name"));
        for (int i = 1; i <= STUDENTS; i++) {
            lines.add("k" + i + ",Student " + i);
        }
        Path rosterFile = dir.resolve("roster.csv");
        Files.write(rosterFile, lines, StandardCharsets.UTF_8);
        Bank bank = Bank.load(Path.of("question-bank"));
        // a disk with 2 MB left: a student's PDFs take about 400 kB, so some fit and not all
        long free = 2_000_000;
        BatchJob job = new BatchJob(bank, new PageRenderer(Path.of("templates")), EnumSet.of(PaperWriter.Format.PDF), THREADS, folder -> free);
        Path out = Files.createDirectories(dir.resolve("batch"));

        BatchJob.NoRoom noRoom = assertThrows(BatchJob.NoRoom.class,
                () -> job.run(Roster.read(rosterFile, "id", "name"), bank.expectPaper("week7-practice"), out, (done, total) -> { }));

        String message = noRoom.getMessage();
        assertTrue(message.matches("the batch needs about \\d+\\.\\d MB more, and .* has 2\\.0 MB free: a student's files take about "
                + "\\d+\\.\\d kB, and 39 students are to come \\(room for about \\d\\)"), message);
        try (Stream<Path> made = Files.list(out.resolve("students"))) {
            long students = made.count();
            assertTrue(students <= 1 + 2 * THREADS, "the first student and those already started, not all " + STUDENTS + ": " + students);
        }
    }
}
