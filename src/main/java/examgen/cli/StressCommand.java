package examgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import examgen.bank.Bank;
import examgen.bank.QuestionSpec;
import examgen.explain.NumberText;
import examgen.export.Json;
import examgen.export.VariantJson;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.GenerationException;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stress", mixinStandardHelpOptions = true,
        description = {"Generate every question (or the ones named) for seeds 1 to N on every core and report, per question: "
                + "failures, how many draws the constraints took, degenerate variants (a non-zero answer, or one kept away from 0, that prints as zero; "
                + "a modelled mistake inside its answer's accepted range; a wrong option equal to the right one), "
                + "duplicate variants, and the range of every numeric answer.", "Exit status: 0 no failures and nothing degenerate, 1 otherwise."})
final class StressCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Option(names = "--seeds", defaultValue = "10000", paramLabel = "N",
            description = "Seeds per question, at most " + MAX_SEEDS + " (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "Question ids (default: every question).")
    private List<String> only;

    private static final NumberText RANGE = NumberText.plain(DisplayRule.significantFigures(4), 6);

    /** Seeds made at once on every core before their outcomes are added up: the memory a question's run holds. */
    private static final int CHUNK = 1000;
    /**
     * The tally keeps a digest of every seed's numbers, about 150 bytes: a million seeds hold 150 MB of
     * the heap, and take minutes a question. More ran out of memory after a quarter of an hour.
     */
    static final int MAX_SEEDS = 1_000_000;

    @Override
    public Integer call() {
        UsageException.requireWithin("--seeds", seeds, 1, MAX_SEEDS);
        Bank bank = bankOptions.load();
        PrintWriter out = spec.commandLine().getOut();
        List<QuestionSpec> questions = only == null || only.isEmpty() ? bank.questions()
                : only.stream().map(id -> {
                    try {
                        return bank.expectQuestion(id);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }).toList();
        VariantFactory factory = new VariantFactory();
        boolean clean = true;
        out.printf("%-28s %8s %8s %10s %10s %10s%n", "question", "seeds", "failures", "max draws", "degenerate", "duplicates");
        TerminalProgress progress = TerminalProgress.forThisTerminal("seeds");
        long total = (long) seeds * questions.size();
        long done = 0;
        for (QuestionSpec question : questions) {
            StressTally tally = new StressTally(question.parts().size());
            for (long from = 1; from <= seeds; from += CHUNK) {
                long to = Math.min(seeds, from + CHUNK - 1);
                LongStream.rangeClosed(from, to).parallel().mapToObj(seed -> outcome(factory, question, seed)).toList().forEach(tally::add);
                done += to - from + 1;
                // none at the end: the last question's rows follow at once, and a line saying "done" would stand above them
                if (done < total) {
                    progress.update(done, total);
                }
            }
            progress.clear();
            out.printf("%-28s %8d %8d %10d %10d %10d%n", question.id(), seeds, tally.failures(), tally.maxDraws(), tally.degenerate(),
                    tally.duplicates());
            if (tally.firstFailure() != null) {
                out.println("    first failure: " + tally.firstFailure());
            }
            printRanges(question, tally, out);
            clean &= tally.failures() == 0 && tally.degenerate() == 0;
            // the question's rows reach the terminal before the progress line is drawn below them again
            out.flush();
        }
        out.flush();
        return clean ? 0 : 1;
    }

    private static StressTally.Outcome outcome(VariantFactory factory, QuestionSpec question, long seed) {
        try {
            Variant variant = factory.generate(question, seed);
            List<Real> numbers = new ArrayList<>();
            boolean degenerate = false;
            for (int i = 0; i < variant.parts().size(); i++) {
                Part part = variant.parts().get(i);
                if (part.answer() instanceof Answer.Numeric numeric) {
                    numbers.add(numeric.value());
                    boolean printsAsZero = numeric.rule().round(numeric.value()).signum() == 0;
                    // an irrational tail such as σ(−40) printing as 0 is meant; an exact non-zero answer printing as 0 is not,
                    // nor one the question keeps away from 0
                    degenerate |= printsAsZero && (numeric.value().isExact() && numeric.value().signum() != 0
                            || question.parts().get(i).atLeast().isPresent());
                    degenerate |= numeric.mistakes().stream()
                            .anyMatch(m -> m.value().subtract(numeric.value()).abs().compareTo(numeric.tolerance()) <= 0);
                } else if (part.answer() instanceof Answer.Choice choice) {
                    numbers.add(null);
                    degenerate |= choice.options().stream().filter(o -> !o.correct() && o.value().isPresent()).anyMatch(wrong ->
                            choice.options().stream().filter(o -> o.correct() && o.value().isPresent())
                                    .anyMatch(right -> wrong.value().get().equals(right.value().get())));
                } else {
                    numbers.add(null);
                }
            }
            String values = variant.values().isEmpty() ? null : Json.write(VariantJson.value(variant.values()));
            return new StressTally.Outcome(null, variant.draws(), values, degenerate, numbers);
        } catch (GenerationException e) {
            return new StressTally.Outcome("seed " + seed + ": " + e.getMessage(), VariantFactory.MAX_DRAWS, "", false, List.of());
        }
    }

    private static void printRanges(QuestionSpec question, StressTally tally, PrintWriter out) {
        for (int part = 0; part < question.parts().size(); part++) {
            if (tally.smallest(part) != null) {
                out.println("    (" + (char) ('a' + part) + ") " + question.parts().get(part).answer() + ": from "
                        + RANGE.of(tally.smallest(part)) + " to " + RANGE.of(tally.largest(part)));
            }
        }
    }
}
