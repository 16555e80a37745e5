package examgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every file of the question bank and report every problem at once: file, line, field, what is wrong "
                + "and how to fix it. Each question is also generated for a few seeds, so that template errors and constraints "
                + "that cannot be met and maths that cannot be typeset are found too. Given FILEs, check those question files "
                + "alone, in or out of the bank.", "Exit status: 0 no problems, 1 problems found."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Question files to check alone, e.g. question-bank/backprop-deep.yaml.")
    private List<Path> files = List.of();

    @Option(names = "--seeds", defaultValue = "20", paramLabel = "N", description = "Seeds to generate per question (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new UsageException("--seeds: give at least 1, got " + seeds);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!files.isEmpty()) {
            return checkFiles(out, err);
        }
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
            generate(question, factory).ifPresent(problems::add);
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

    /** @return the first problem met generating the question for every seed, if any */
    private Optional<String> generate(QuestionSpec question, VariantFactory factory) {
        try {
            for (long seed = 1; seed <= seeds; seed++) {
                factory.generate(question, seed);
            }
            return Optional.empty();
        } catch (GenerationException | SnippetRenderer.SnippetException e) {
            return Optional.of(e.getMessage());
        }
    }

    private int checkFiles(PrintWriter out, PrintWriter err) {
        List<String> problems = new ArrayList<>();
        VariantFactory factory = new VariantFactory();
        for (Path file : files) {
            try {
                QuestionSpec question = Bank.readQuestion(file);
                generate(question, factory).ifPresentOrElse(problems::add,
                        () -> out.println(file + ": question " + question.id() + ", no problems (generated for " + seeds + " seeds)"));
            } catch (BankException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        problems.forEach(err::println);
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem(s)");
            return 1;
        }
        return 0;
    }
}
