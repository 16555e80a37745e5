package examgen.cli;

/** Bad input from the user: printed as one line naming what is wrong and where, exit status 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }

    /** @throws UsageException "--seeds: give a number from 1 to 1000000, got 0" if the option's value lies outside its range */
    static void requireWithin(String option, int value, int least, int most) {
        if (value < least || value > most) {
            throw new UsageException(option + ": give a number from " + least + " to " + most + ", got " + value);
        }
    }
}
