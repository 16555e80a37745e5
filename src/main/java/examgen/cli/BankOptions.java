package examgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import examgen.bank.Bank;
import examgen.bank.BankException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --bank} option of every command that reads the question bank. */
final class BankOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--bank", paramLabel = "DIR", description = "The question bank (default: question-bank/ beside the examgen launcher).")
    private Path bank;

    Path root() {
        return bank != null ? bank : Home.resolve("question-bank");
    }

    /**
     * @return the bank, its sound files; files with problems are left out with a warning naming them, so that a broken
     *     draft stops only what uses it (a paper that needs it says so, with its problems)
     * @throws UsageException if there is no bank
     */
    Bank load() {
        Bank bank;
        try {
            bank = Bank.read(root());
        } catch (BankException e) {
            throw new UsageException(e.getMessage());
        }
        if (!bank.problems().isEmpty()) {
            List<String> files = bank.problems().stream().map(p -> p.file().toString()).distinct().toList();
            PrintWriter err = mixee.commandLine().getErr();
            err.println(mixee.qualifiedName() + ": warning: " + files.size() + " file(s) of the bank have problems and are left out ("
                    + String.join(", ", files) + "); 'examgen validate' lists them");
            err.flush();
        }
        return bank;
    }
}
