package examgen.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponsesFileTest {

    @TempDir
    Path dir;

    @Test
    void excelsCsvUtf8IsReadWithItsByteOrderMarkAndLineEnds() throws Exception {
        Path file = Files.writeString(dir.resolve("responses.csv"), "\uFEFFStudent_ID,Question,Part,Answer\r\nk1,5,(a),\"0,5\"\r\nk1,x,b,1\r\n");
        ResponsesFile.Read read = ResponsesFile.read(file);
        assertEquals(List.of(new Response(2, "k1", 5, "a", "0,5")), read.responses());
        assertEquals(List.of(new RowProblem(3, "question 'x' is not a question number")), read.problems());
    }

    @Test
    void semicolonsLeaveTheDecimalCommaToTheAnswers() throws Exception {
        Path file = Files.writeString(dir.resolve("responses.csv"), "student_id;question;part;answer\nk1;5;a;-0,25\n");
        assertEquals(List.of(new Response(2, "k1", 5, "a", "-0,25")), ResponsesFile.read(file).responses());
    }

    @Test
    void aQuestionNumberIsReadAsPeopleTypeIt() throws Exception {
        // the last row as a Chinese or Japanese input method types it: full-width digits and letters
        Path file = Files.writeString(dir.resolve("responses.csv"),
                "student_id,question,part,answer\nk1,Q3,a,1\nk1,q 4,b,2\nk1,5.,c,3\nk1,3a,a,4\nk1,Ｑ１２,（ｂ）,5\n");
        ResponsesFile.Read read = ResponsesFile.read(file);
        assertEquals(List.of(3, 4, 5, 12), read.responses().stream().map(Response::question).toList());
        assertEquals("b", read.responses().get(3).part());
        assertEquals(List.of(new RowProblem(5, "question '3a' is not a question number")), read.problems());
    }

    @Test
    void aRowWithEveryCellBlankHoldsNoAnswerAndIsNoProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("responses.csv"), "student_id,question,part,answer\nk1,5,a,1\n,,,\n , ,,\nk1,6,a,2\n");
        ResponsesFile.Read read = ResponsesFile.read(file);
        assertEquals(List.of(5, 6), read.responses().stream().map(Response::question).toList());
        assertEquals(List.of(), read.problems());
    }

    /** A file with only its header once marked every student 0 and said nothing. */
    @Test
    void aFileWithNoAnswersAndOneWithAnOpenQuoteAreRefusedNamingWhy() throws Exception {
        Path header = Files.writeString(dir.resolve("header.csv"), "student_id,question,part,answer\n");
        assertEquals(header + ": has no answers below its header; nothing was marked (is it the right file?)",
                assertThrows(IllegalArgumentException.class, () -> ResponsesFile.read(header)).getMessage());
        Path quote = Files.writeString(dir.resolve("quote.csv"), "student_id,question,part,answer\nk1,1,a,\"0.5\nk1,1,b,2\n");
        assertEquals(quote + ":2: a field opens with a quote (\") that is never closed; close it, or remove it"
                + " (a quote inside a quoted field is written twice: \"\")",
                assertThrows(IllegalArgumentException.class, () -> ResponsesFile.read(quote)).getMessage());
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheFix() throws Exception {
        // "0·5" saved as Latin-1, as older spreadsheets do
        Path file = Files.write(dir.resolve("latin1.csv"), "student_id,question,part,answer\nk1,5,a,0\u00b75\n".getBytes("ISO-8859-1"));
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> ResponsesFile.read(file));
        assertEquals(file + ":2: not UTF-8 text (after 'k1,5,a,0' comes byte B7); save it as CSV UTF-8", refusal.getMessage());
    }

    @Test
    void aFolderOrAMissingFileIsNamed() {
        assertEquals(dir + ": is a folder; give the CSV file", assertThrows(IllegalArgumentException.class, () -> ResponsesFile.read(dir)).getMessage());
        Path missing = dir.resolve("missing.csv");
        assertEquals(missing + ": no such file", assertThrows(IllegalArgumentException.class, () -> ResponsesFile.read(missing)).getMessage());
    }

    @Test
    void aFileFarLargerThanAnyClassesIsRefusedBeforeItIsRead() throws Exception {
        // a 700 MB file given by mistake ran out of memory; this one is sparse, so it costs the disk nothing
        Path large = dir.resolve("video.csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(65_000_000);
        }
        assertEquals(large + ": is 65.0 MB, more than a CSV file of a class holds (at most 64.0 MB); is it the right file?",
                assertThrows(IllegalArgumentException.class, () -> ResponsesFile.read(large)).getMessage());
    }
}
