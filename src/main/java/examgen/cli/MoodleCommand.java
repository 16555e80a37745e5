package examgen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.export.MoodleXml;
import examgen.paper.PaperBuilder;
import examgen.paper.Variant;
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

    @Mixin
    private PaperOption paperOption;

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
        PaperSpec paper = paperOption.in(bank);
        Path file = out != null ? out : Home.resolve("output").resolve(paper.id() + "-moodle.xml");
        OutputFile.write(file, force, () -> {
            List<MoodleXml.Slot> slots = new ArrayList<>();
            List<List<Variant>> bySlot = new PaperBuilder(bank, new VariantFactory()).variantsBySlot(paper, "moodle", variants);
            for (int s = 0; s < bySlot.size(); s++) {
                slots.add(new MoodleXml.Slot(s + 1, bySlot.get(s).get(0).title(), bySlot.get(s)));
            }
            return MoodleXml.of(paper.id(), slots).getBytes(StandardCharsets.UTF_8);
        });
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(paper.title() + ": " + paper.slots().size() + " categories of " + variants + " variants in " + file);
        printer.flush();
        return 0;
    }
}
