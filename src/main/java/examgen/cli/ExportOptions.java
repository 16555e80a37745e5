package examgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.paper.PaperBuilder;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every export takes (a paper, how many variants of each of its slots, one file to write) and how it writes. */
final class ExportOptions {

    @Mixin
    private BankOptions bankOptions;

    @Mixin
    private PaperOption paperOption;

    @Option(names = "--variants", defaultValue = "20", paramLabel = "N", description = "Variants per slot (default: ${DEFAULT-VALUE}).")
    private int variants;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file to write, or a folder to write <paper>-<format>.<xml or zip> into (default: output/ beside the launcher).")
    private Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    private boolean force;

    /** What an export wrote, for the command to report. */
    record Written(PaperSpec paper, int variantsPerSlot, Path file) {
    }

    /**
     * @param format the export's name, which also names its made-up students ("moodle-1", …) and its default file
     * @param extension of the default file, with its dot
     * @param encode the file's bytes from the paper and its variants, by slot
     */
    Written write(String format, String extension, BiFunction<PaperSpec, List<List<Variant>>, byte[]> encode) {
        if (variants < 1 || variants > 1000) {
            throw new UsageException("--variants: give a number from 1 to 1000, got " + variants);
        }
        Bank bank = bankOptions.load();
        PaperSpec paper = paperOption.in(bank);
        String name = paper.id() + "-" + format + extension;
        // a folder given as --out gets the file under its usual name, as cp would put it
        Path file = out == null ? Home.resolve("output").resolve(name) : Files.isDirectory(out) ? out.resolve(name) : out;
        OutputFile.write(file, force,
                () -> encode.apply(paper, new PaperBuilder(bank, new VariantFactory()).variantsBySlot(paper, format, variants)));
        return new Written(paper, variants, file);
    }
}
