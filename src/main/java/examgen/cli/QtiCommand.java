package examgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.export.QtiPackage;
import examgen.paper.PaperBuilder;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "qti", mixinStandardHelpOptions = true,
        description = {"Export a paper's variants as an IMS QTI 2.1 content package (a zip of imsmanifest.xml and one assessmentItem "
                + "per variant): numeric parts as float responses scored between explicit bounds, part scores summed."})
final class QtiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Mixin
    private PaperOption paperOption;

    @Option(names = "--variants", defaultValue = "20", paramLabel = "N", description = "Variants per slot (default: ${DEFAULT-VALUE}).")
    private int variants;

    @Option(names = "--out", paramLabel = "FILE", description = "The zip file (default: output/<paper>-qti.zip beside the launcher).")
    private Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        if (variants < 1 || variants > 1000) {
            throw new UsageException("--variants: give a number from 1 to 1000, got " + variants);
        }
        Bank bank = bankOptions.load();
        PaperSpec paper = paperOption.in(bank);
        Path file = out != null ? out : Home.resolve("output").resolve(paper.id() + "-qti.zip");
        OutputFile.write(file, force, () -> {
            List<Variant> all = new ArrayList<>();
            new PaperBuilder(bank, new VariantFactory()).variantsBySlot(paper, "qti", variants).forEach(all::addAll);
            return QtiPackage.zip(paper.id(), all);
        });
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(paper.title() + ": " + paper.slots().size() * variants + " items (" + variants + " per slot) in " + file);
        printer.flush();
        return 0;
    }
}
