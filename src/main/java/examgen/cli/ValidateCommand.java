package examgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.BankException;
import examgen.bank.PaperSpec;
import examgen.bank.QuestionSpec;
import examgen.paper.GenerationException;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.render.SnippetRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every file of the question bank and report every problem at once: file, line, field, what is wrong "
                + "and how to fix it. Each question is also generated for a few seeds, so that template errors and constraints "
                + "that cannot be met and maths that cannot be typeset are found too.", "Exit status: 0 no problems, 1 problems found."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Option(names = "--seeds", defaultValue = "20", paramLabel = "N", description = "Seeds to generate per question (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new UsageException("--seeds: give at least 1, got " + seeds);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bank bank;
        try {
            bank = Bank.load(bankOptions.root());
        } catch (BankException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem(s) in " + bankOptions.root());
            return 1;
        }
        List<String> problems = new ArrayList<>();
        VariantFactory factory = new VariantFactory();
        for (QuestionSpec question : bank.questions()) {
            try {
                for (long seed = 1; seed <= seeds; seed++) {
                    factory.generate(question, seed);
                }
            } catch (GenerationException | SnippetRenderer.SnippetException e) {
                problems.add(e.getMessage());
            }
        }
        PaperBuilder builder = new PaperBuilder(bank, factory);
        for (PaperSpec paper : bank.papers()) {
            try {
                builder.check(paper);
            } catch (GenerationException e) {
                problems.add(e.getMessage());
            }
        }
        problems.forEach(err::println);
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem(s) in " + bankOptions.root());
            return 1;
        }
        out.println(bankOptions.root() + ": " + bank.questions().size() + " questions and " + bank.papers().size()
                + " papers, no problems (each question generated for " + seeds + " seeds)");
        return 0;
    }
}
