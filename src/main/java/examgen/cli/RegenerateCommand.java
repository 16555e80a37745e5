package examgen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.export.Json;
import examgen.export.VariantJson;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.random.VariantCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "regenerate", mixinStandardHelpOptions = true,
        description = "Rebuild the exact paper a printed code stands for, e.g. week7-practice-7Q2M-9XKD, with its key (or as JSON).")
final class RegenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Parameters(paramLabel = "CODE", description = "The code printed on the paper.")
    private String code;

    @Option(names = "--json", description = "Print the paper as JSON (schema examgen-paper/1).")
    private boolean json;

    @Option(names = "--no-key", description = "Print the questions only.")
    private boolean noKey;

    @Override
    public Integer call() {
        Bank bank = bankOptions.load();
        Paper paper;
        try {
            paper = new PaperBuilder(bank, new VariantFactory()).regenerate(VariantCode.parse(code));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.write(VariantJson.paper(paper)));
        } else {
            out.println(paper.spec().title() + " — " + paper.code() + " — " + paper.totalMarks() + " marks");
            out.println();
            for (int i = 0; i < paper.variants().size(); i++) {
                VariantText.print(paper.variants().get(i), i + 1, !noKey, out);
            }
        }
        out.flush();
        return 0;
    }
}
