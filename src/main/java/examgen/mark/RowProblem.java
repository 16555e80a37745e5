package examgen.mark;

import java.nio.file.Path;

/** A row of the responses file that could not be used, and why. */
public record RowProblem(long line, String message) {

    /** @return the problem as every file problem is reported: {@code responses.csv:4: no student 'ghost' in this batch} */
    public String in(Path file) {
        return file + ":" + line + ": " + message;
    }
}
