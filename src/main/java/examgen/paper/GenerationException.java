package examgen.paper;

/** A question that cannot be generated: its constraints cannot be met, or its bank entry does not fit its generator. */
public final class GenerationException extends RuntimeException {

    public GenerationException(String message) {
        super(message);
    }
}
