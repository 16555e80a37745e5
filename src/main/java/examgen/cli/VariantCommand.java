package examgen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.export.Json;
import examgen.export.VariantJson;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "variant", mixinStandardHelpOptions = true,
        description = "Draw and solve one variant of a bank question, and print it with its key (or as JSON).")
final class VariantCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Parameters(paramLabel = "QUESTION", description = "The question's id, e.g. forward-pass-toy.")
    private String question;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "The variant's seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print the variant as JSON (schema examgen-variant/1).")
    private boolean json;

    @Override
    public Integer call() {
        Bank bank = bankOptions.load();
        Variant variant;
        try {
            variant = new VariantFactory().generate(bank.expectQuestion(question), seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.write(VariantJson.variant(variant)));
        } else {
            VariantText.print(variant, 1, true, out);
        }
        out.flush();
        return 0;
    }
}
