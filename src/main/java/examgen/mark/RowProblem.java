package examgen.mark;

/** A row of the responses file that could not be used, and why: listed by line, as the file reads. */
public record RowProblem(long line, String message) implements Comparable<RowProblem> {

    @Override
    public int compareTo(RowProblem other) {
        return Long.compare(line, other.line);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
