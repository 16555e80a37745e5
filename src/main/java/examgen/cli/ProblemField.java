package examgen.cli;

/**
 * One field of a network problem as the user wrote it, with where they wrote it
 * ({@code --weights}, or {@code net.yaml:3: weights}) so that an error can point there.
 */
record ProblemField(String text, String where) {

    /** @return an error about this field, naming where it was written */
    UsageException error(String problem) {
        return new UsageException(where + ": " + problem);
    }
}
