package examgen.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import examgen.batch.BatchJob;
import examgen.paper.GenerationException;
import examgen.render.PageRenderer;
import examgen.render.SnippetRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code examgen} command. Exit status 0 when the job is done, 1 when it failed, 2 when the
 * input was wrong, 130 when Ctrl-C stopped it; errors are one line on standard error saying what and where.
 */
@Command(name = "examgen", mixinStandardHelpOptions = true, version = "examgen 0.1.0",
        description = {"Randomised exam papers and marking keys for week 7: gradient descent, backpropagation, "
                + "vanishing gradients and the universal approximation theorem.",
            "With no command, or with only options (examgen --seed 7), examgen runs the paper command."},
        subcommands = {PaperCommand.class, BatchCommand.class, SolveCommand.class, VariantCommand.class, RegenerateCommand.class, ValidateCommand.class, PreviewCommand.class, StressCommand.class,
            GeneratorsCommand.class, BenchmarkCommand.class, ExportCommand.class, MarkCommand.class, PracticeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Options that belong to examgen itself; any other option before a command is the paper command's. */
    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** Runs the command line with the given streams; returns the exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        // the same bytes on every machine: OpenPDF writes the PDF's cross-reference table with String.format,
        // which under an Arabic or Persian locale prints its offsets in that script's digits and breaks the table
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        if (args.length > 0 && args[0].startsWith("-") && !OWN_OPTIONS.contains(args[0])) {
            // "examgen --seed 7" is "examgen paper --seed 7", as "examgen" alone is "examgen paper"
            args = Stream.concat(Stream.of("paper"), Arrays.stream(args)).toArray(String[]::new);
        }
        CommandLine line = new CommandLine(new Main());
        // "sigmoid" and "step" are calculators under solve and also activation names: --activations sigmoid is a value
        line.setAllowSubcommandsAsOptionParameters(true);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            // picocli names Java's types ("'x' is not a long"): a user knows them as whole numbers, and
            // a whole number that picocli refuses has more digits than the type holds
            String message = e.getMessage().replaceAll("('-?\\d+') is not (a long|an int)\\b", "$1 has too many digits")
                    .replaceAll("is not (a long|an int)\\b", "is not a whole number");
            // a mistyped command or option: picocli knows the names that lie close to it
            List<String> near = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
            String hint = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
            err.println(failed.getCommandSpec().qualifiedName() + ": " + message + hint + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        line.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof UsageException) {
                err.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return 2;
            }
            if (e instanceof PageRenderer.RenderException) {
                err.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return 2;
            }
            if (e instanceof GenerationException || e instanceof SnippetRenderer.SnippetException) {
                // a question the bank states wrongly (its template, or constraints no draw meets) is bad input, as a bank file's other problems are
                err.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return 2;
            }
            if (e instanceof BatchJob.NoRoom) {
                err.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return 1;
            }
            if (e instanceof StopGuard.Stopped) {
                // Ctrl-C: the shell's status for a run stopped by SIGINT; the stop was reported as it happened
                return 130;
            }
            if (e instanceof UncheckedIOException io) {
                err.println(failed.getCommandSpec().qualifiedName() + ": " + IoFailure.describe(io.getCause()));
                return 1;
            }
            if (e instanceof InvalidPathException name) {
                err.println(failed.getCommandSpec().qualifiedName() + ": " + IoFailure.describe(name));
                return 1;
            }
            throw e;
        });
        return line.execute(args);
    }

    @Spec
    private CommandSpec spec;

    /** With no command, do the main job: the default paper and its key, PDF and HTML, into output/. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("paper").execute();
    }
}
