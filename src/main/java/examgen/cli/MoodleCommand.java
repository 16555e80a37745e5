package examgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.export.MoodleXml;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "moodle", mixinStandardHelpOptions = true,
        description = {"Export a paper as Moodle XML: one category per slot with N variants each, for quizzes that draw a random "
                + "question from each category. Numeric answers carry absolute tolerances and feedback naming each modelled mistake.",
            "Import it in Moodle under Question bank > Import, format Moodle XML."})
final class MoodleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Option(names = "--paper", defaultValue = PaperCommand.DEFAULT_PAPER, paramLabel = "ID", description = "The paper (default: ${DEFAULT-VALUE}).")
    private String paperId;

    @Option(names = "--variants", defaultValue = "20", paramLabel = "N", description = "Variants per slot (default: ${DEFAULT-VALUE}).")
    private int variants;

    @Option(names = "--out", paramLabel = "FILE", description = "The XML file (default: output/<paper>-moodle.xml beside the launcher).")
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
        Path file = out != null ? out : Home.resolve("output").resolve(paper.id() + "-moodle.xml");
        if (Files.exists(file) && !force) {
            throw new UsageException(file + " already exists; give --force to replace it, or --out for another file");
        }
        PaperBuilder builder = new PaperBuilder(bank, new VariantFactory());
        List<Paper> papers = new ArrayList<>();
        for (int v = 1; v <= variants; v++) {
            // variant v of every slot is the paper of a made-up student "moodle-v": regenerate it from its code
            papers.add(builder.build(paper, "moodle-" + v));
        }
        List<MoodleXml.Slot> slots = new ArrayList<>();
        for (int s = 0; s < paper.slots().size(); s++) {
            int slot = s;
            slots.add(new MoodleXml.Slot(s + 1, papers.get(0).variants().get(s).title(),
                    papers.stream().map(p -> p.variants().get(slot)).toList()));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".partial");
            Files.writeString(partial, MoodleXml.of(paper.id(), slots), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(paper.title() + ": " + slots.size() + " categories of " + variants + " variants in " + file);
        printer.flush();
        return 0;
    }
}
