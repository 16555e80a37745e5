package examgen.bank;

import java.util.List;
import java.util.stream.Collectors;

/** Everything wrong with the bank files read, reported together. */
public final class BankException extends RuntimeException {

    private final List<Problem> problems;

    public BankException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
