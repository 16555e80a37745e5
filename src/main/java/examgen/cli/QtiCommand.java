package examgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.export.QtiPackage;
import examgen.paper.Paper;
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

    @Option(names = "--paper", defaultValue = PaperCommand.DEFAULT_PAPER, paramLabel = "ID", description = "The paper (default: ${DEFAULT-VALUE}).")
    private String paperId;

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
        PaperSpec paper;
        try {
            paper = bank.expectPaper(paperId);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--paper: " + e.getMessage());
        }
        Path file = out != null ? out : Home.resolve("output").resolve(paper.id() + "-qti.zip");
        if (Files.exists(file) && !force) {
            throw new UsageException(file + " already exists; give --force to replace it, or --out for another file");
        }
        PaperBuilder builder = new PaperBuilder(bank, new VariantFactory());
        List<Paper> papers = new ArrayList<>();
        for (int v = 1; v <= variants; v++) {
            // variant v of every slot is the paper of a made-up student "moodle-v": regenerate it from its code
            papers.add(builder.build(paper, "moodle-" + v));
        }
        List<Variant> all = new ArrayList<>();
        for (int s = 0; s < paper.slots().size(); s++) {
            int slot = s;
            papers.forEach(p -> all.add(p.variants().get(slot)));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".partial");
            Files.write(partial, QtiPackage.zip(paper.id(), all));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(paper.title() + ": " + all.size() + " items (" + variants + " per slot) in " + file);
        printer.flush();
        return 0;
    }
}
