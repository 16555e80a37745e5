package examgen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.generate.Generator;
import examgen.generate.Generators;
import examgen.generate.ParamSpec;
import examgen.random.DecimalRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "generators", mixinStandardHelpOptions = true,
        description = "List every question family a bank file can name: its parameters with their defaults, and the answers it offers as parts.")
final class GeneratorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Generator generator : Generators.all()) {
            out.println("generator: " + generator.id());
            out.println("  parameters:");
            for (ParamSpec p : generator.parameters()) {
                out.println("    " + p.name() + ": " + describe(p) + " — " + p.help());
            }
            out.println("  answers:");
            generator.answers().forEach((key, what) -> out.println("    " + key + " — " + what));
            out.println();
        }
        out.flush();
        return 0;
    }

    private static String describe(ParamSpec p) {
        return switch (p.kind()) {
            case RANGE -> {
                DecimalRange r = (DecimalRange) p.fallback();
                yield "{min: " + r.min() + ", max: " + r.max() + ", places: " + r.places() + (r.nonZero() ? "" : ", zero: true") + "}";
            }
            case CHOICE -> p.fallback() + " (one of " + String.join(", ", p.choices()) + ")";
            case INTEGER -> p.fallback() + " (" + p.min() + " to " + p.max() + ")";
            case NUMBER, FLAG -> String.valueOf(p.fallback());
            case VALUES -> p.fallback() + " (or the numbers themselves: [2, 3])";
            case TEXT -> ((String) p.fallback()).isEmpty() ? "text" : (String) p.fallback();
            case TEXTS -> ((List<?>) p.fallback()).isEmpty() ? "[text, …]" : String.valueOf(p.fallback());
            case OPTIONS -> "[{text: …, correct: true}, {text: …, why: …}, …]";
        };
    }
}
