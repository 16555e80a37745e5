package examgen.cli;

import java.nio.file.Path;

import examgen.bank.Bank;
import examgen.bank.BankException;
import picocli.CommandLine.Option;

/** The {@code --bank} option of every command that reads the question bank. */
final class BankOptions {

    @Option(names = "--bank", paramLabel = "DIR", description = "The question bank (default: question-bank/ beside the examgen launcher).")
    private Path bank;

    Path root() {
        return bank != null ? bank : Home.resolve("question-bank");
    }

    /** @throws UsageException listing every problem of the bank, one per line */
    Bank load() {
        try {
            return Bank.load(root());
        } catch (BankException e) {
            throw new UsageException("the question bank has " + e.problems().size() + " problem(s):" + System.lineSeparator()
                    + e.getMessage() + System.lineSeparator() + "Run 'examgen validate' for the full check.");
        }
    }
}
