package examgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
                + "failures, how many draws the constraints took, degenerate variants (a non-zero answer that prints as zero), "
                + "duplicate variants, and the range of every numeric answer.", "Exit status: 0 no failures and nothing degenerate, 1 otherwise."})
final class StressCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Option(names = "--seeds", defaultValue = "10000", paramLabel = "N", description = "Seeds per question (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "Question ids (default: every question).")
    private List<String> only;

    private static final NumberText RANGE = NumberText.plain(DisplayRule.significantFigures(4), 6);

    /** What one seed gave; {@code values} is the JSON of the drawn values, null when nothing is drawn. */
    private record Outcome(String failure, int draws, String values, boolean degenerate, List<Real> numbers) {
    }

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new UsageException("--seeds: give at least 1, got " + seeds);
        }
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
        for (QuestionSpec question : questions) {
            List<Outcome> outcomes = LongStream.rangeClosed(1, seeds).parallel().mapToObj(seed -> outcome(factory, question, seed)).toList();
            long failures = outcomes.stream().filter(o -> o.failure() != null).count();
            long degenerate = outcomes.stream().filter(Outcome::degenerate).count();
            int maxDraws = outcomes.stream().mapToInt(Outcome::draws).max().orElse(0);
            Set<String> seen = new HashSet<>();
            // questions that draw nothing (concepts) have no values to repeat
            long duplicates = outcomes.stream().filter(o -> o.values() != null && !seen.add(o.values())).count();
            out.printf("%-28s %8d %8d %10d %10d %10d%n", question.id(), seeds, failures, maxDraws, degenerate, duplicates);
            outcomes.stream().filter(o -> o.failure() != null).findFirst().ifPresent(o -> out.println("    first failure: " + o.failure()));
            printRanges(question, outcomes, out);
            clean &= failures == 0 && degenerate == 0;
        }
        out.flush();
        return clean ? 0 : 1;
    }

    private static Outcome outcome(VariantFactory factory, QuestionSpec question, long seed) {
        try {
            Variant variant = factory.generate(question, seed);
            List<Real> numbers = new ArrayList<>();
            boolean degenerate = false;
            for (Part part : variant.parts()) {
                if (part.answer() instanceof Answer.Numeric numeric) {
                    numbers.add(numeric.value());
                    // an irrational tail such as σ(−40) printing as 0 is meant; an exact non-zero answer printing as 0 is not
                    degenerate |= numeric.value().isExact() && numeric.value().signum() != 0
                            && numeric.rule().round(numeric.value()).signum() == 0;
                } else {
                    numbers.add(null);
                }
            }
            String values = variant.values().isEmpty() ? null : Json.write(VariantJson.value(variant.values()));
            return new Outcome(null, variant.draws(), values, degenerate, numbers);
        } catch (GenerationException e) {
            return new Outcome("seed " + seed + ": " + e.getMessage(), VariantFactory.MAX_DRAWS, "", false, List.of());
        }
    }

    private static void printRanges(QuestionSpec question, List<Outcome> outcomes, PrintWriter out) {
        for (int p = 0; p < question.parts().size(); p++) {
            int part = p;
            List<Real> values = outcomes.stream().filter(o -> o.failure() == null && o.numbers().get(part) != null)
                    .map(o -> o.numbers().get(part)).toList();
            if (!values.isEmpty()) {
                Real min = values.stream().min(Real::compareTo).orElseThrow();
                Real max = values.stream().max(Real::compareTo).orElseThrow();
                out.println("    (" + (char) ('a' + part) + ") " + question.parts().get(part).answer() + ": from "
                        + RANGE.of(min) + " to " + RANGE.of(max));
            }
        }
    }
}
