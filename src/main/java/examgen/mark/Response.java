package examgen.mark;

/** One row of a responses file: a student's answer, as typed, to one part. */
public record Response(long line, String studentId, int question, String part, String answer) {
}
