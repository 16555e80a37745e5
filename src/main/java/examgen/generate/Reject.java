package examgen.generate;

/**
 * A draw that breaks one of the question's constraints (a pre-activation exactly 0, ŷ equal to y,
 * two options that print alike): the engine draws again, a bounded number of times.
 */
public final class Reject extends RuntimeException {

    private final String parameter;

    public Reject(String constraint) {
        this(constraint, "");
    }

    /** @param parameter the parameter that asks for the constraint ({@code conditions}), so that an error can name its line */
    public Reject(String constraint, String parameter) {
        super(constraint, null, false, false);
        this.parameter = parameter;
    }

    /** @return the parameter that asks for the constraint, or empty when no one parameter does */
    public String parameter() {
        return parameter;
    }

    /** @return the constraint, as an error names it when every retry failed */
    public String constraint() {
        return getMessage();
    }
}
