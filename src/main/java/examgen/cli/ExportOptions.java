package examgen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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
            description = "The file to write (.xml for Moodle, .zip for QTI), or a folder to write <paper>-<format>.<xml or zip> into, "
                    + "made if it does not exist (default: output/ beside the launcher).")
    private Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    private boolean force;

    /** What an export wrote, for the command to report. */
    record Written(PaperSpec paper, int variantsPerSlot, Path file) {
    }

    /** How an export writes a paper's variants, by slot, into its file. */
    @FunctionalInterface
    interface Encoder {
        void write(PaperSpec paper, List<List<Variant>> bySlot, OutputStream out) throws IOException;
    }

    /**
     * @param format the export's name, which also names its made-up students ("moodle-1", …) and its default file
     * @param extension of the default file, with its dot
     * @param encoder writes the file from the paper and its variants, by slot
     */
    Written write(String format, String extension, Encoder encoder) {
        UsageException.requireWithin("--variants", variants, 1, 1000);
        Bank bank = bankOptions.load();
        PaperSpec paper = paperOption.in(bank);
        Path file = file(paper.id() + "-" + format + extension, format, extension);
        OutputFile.write(file, force,
                out -> encoder.write(paper, new PaperBuilder(bank, new VariantFactory()).variantsBySlot(paper, format, variants), out));
        return new Written(paper, variants, file);
    }

    /**
     * @return where the export goes: --out itself when it names a file of the format's extension; the
     *     usual name inside it when it is a folder, or a name without an extension (a folder to make),
     *     as cp would put it
     * @throws UsageException for a file of another extension, which a learning platform would refuse
     */
    private Path file(String usualName, String format, String extension) {
        if (out == null) {
            return Home.resolve("output").resolve(usualName);
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (Files.isDirectory(out) || !name.contains(".")) {
            return out.resolve(usualName);
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new UsageException("--out: " + out + ": a " + format + " export is a " + extension + " file; name it so, or give a folder");
        }
        return out;
    }
}
