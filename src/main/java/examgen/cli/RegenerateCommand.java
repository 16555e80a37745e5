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

    @Option(names = "--student-id", paramLabel = "ID",
            description = "The student id printed beside the code: the code must be that student's, so a mistyped character is caught rather than giving another paper.")
    private String studentId;

    @Override
    public Integer call() {
        Bank bank = bankOptions.load();
        Paper paper;
        try {
            VariantCode printed = VariantCode.parse(code);
            PaperBuilder builder = new PaperBuilder(bank, new VariantFactory());
            if (studentId == null) {
                paper = builder.regenerate(printed);
            } else {
                // a code one character off is another student's valid code: the id, hashed with the paper's seed, tells them apart
                paper = builder.build(bank.expectPaper(printed.paperId()), studentId);
                if (paper.code().studentSeed() != printed.studentSeed()) {
                    throw new UsageException(printed + " is not the code of student " + studentId + "'s paper, which is " + paper.code()
                            + ": check the code and the id for a mistyped character (or the paper's seed in the bank changed since it was printed)");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.write(VariantJson.paper(paper)));
        } else {
            out.println(paper.spec().title() + " — " + paper.code() + (studentId != null ? " — student " + studentId : "") + " — " + paper.totalMarks() + " marks");
            out.println();
            for (int i = 0; i < paper.variants().size(); i++) {
                VariantText.print(paper.variants().get(i), i + 1, !noKey, out);
            }
        }
        out.flush();
        return 0;
    }
}
