package examgen.generate;

/** What is wrong with one of a question's parameters, found by its generator: the bank names the line. */
public record ParameterProblem(String parameter, String message) {
}
