package examgen.mark;

/** A row of the responses file that could not be used, and why. */
public record RowProblem(long line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
