package examgen.cli;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import picocli.CommandLine.Option;

/** The {@code --paper} option of every command that makes something from one paper of the bank. */
final class PaperOption {

    @Option(names = "--paper", defaultValue = PaperCommand.DEFAULT_PAPER, paramLabel = "ID",
            description = "The paper, by the id of its file in the bank's papers/ folder (default: ${DEFAULT-VALUE}).")
    private String id;

    /** @throws UsageException naming the papers the bank has, if it has no such paper */
    PaperSpec in(Bank bank) {
        try {
            return bank.expectPaper(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--paper: " + e.getMessage());
        }
    }
}
