package examgen.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.explain.NumberText;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the calculators under {@code examgen solve} share: where they print, how they write
 * numbers, and how they read them with an error that names the option.
 */
abstract class Calculator implements Callable<Integer> {

    /** Short exact decimals in full, anything else to 6 significant figures. */
    static final NumberText NUMBERS = NumberText.plain(DisplayRule.significantFigures(6), 10);
    /** The same, but 1/3 as a fraction: for thresholds and interval ends. */
    static final NumberText FRACTIONS = NumberText.plain(DisplayRule.significantFigures(6).withFractions(), 10);

    @Spec
    private CommandSpec spec;

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public final Integer call() {
        try {
            solve();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out().flush();
        return 0;
    }

    /** Prints the solution; an {@link IllegalArgumentException} from the core is bad input. */
    abstract void solve();

    /** @return what a command says of a learning rate not above 0, given as an option or as a problem file's field */
    static String notALearningRate(Object given) {
        return "the learning rate α must be positive, got " + given;
    }

    static Real number(String option, String text) {
        try {
            return Real.parse(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    static List<Real> numbers(String option, List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(text -> number(option, text)).toList();
    }

    static List<Real> commaNumbers(String option, String text) {
        return numbers(option, Arrays.asList(text.split(",")));
    }
}
