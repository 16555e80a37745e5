package examgen.generate;

/**
 * A draw that breaks one of the question's constraints (a pre-activation exactly 0, ŷ equal to y,
 * two options that print alike): the engine draws again, a bounded number of times.
 */
public final class Reject extends RuntimeException {

    public Reject(String constraint) {
        super(constraint, null, false, false);
    }

    /** @return the constraint, as an error names it when every retry failed */
    public String constraint() {
        return getMessage();
    }
}
