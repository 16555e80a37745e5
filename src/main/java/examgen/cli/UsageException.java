package examgen.cli;

/** Bad input from the user: printed as one line naming what is wrong and where, exit status 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
