package examgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.render.KatexAssets;
import examgen.render.PageRenderer;
import examgen.render.PracticeModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Write a practice set students open from disk with no server or network: for every question of a paper, "
                + "N pre-generated variants with a box per part, a Check button, feedback on modelled mistakes, the worked solution "
                + "step by step, 'Another one', and progress kept in the browser. The answers are in the page."})
final class PracticeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Mixin
    private PaperOption paperOption;

    @Option(names = "--variants", defaultValue = "30", paramLabel = "N", description = "Variants per question (default: ${DEFAULT-VALUE}).")
    private int variants;

    @Mixin
    private OutputFolderOptions output;

    @Mixin
    private TemplatesOption templatesOption;

    @Override
    public Integer call() {
        UsageException.requireWithin("--variants", variants, 1, 200);
        Bank bank = bankOptions.load();
        PaperSpec paper = paperOption.in(bank);
        PageRenderer pages = templatesOption.renderer();
        List<PracticeModel.Family> families = new PaperBuilder(bank, new VariantFactory()).variantsBySlot(paper, "practice", variants)
                .stream().map(variantsOfSlot -> new PracticeModel.Family(variantsOfSlot.get(0).title(), variantsOfSlot)).toList();
        String html = pages.render("practice.ftlx", PracticeModel.build(paper.id() + "-" + paper.seed(), paper.title(), families));
        Path folder = output.folder(paper.id() + "-practice");
        output.writeOwn(folder, "examgen practice " + folder.getFileName() + " seed " + paper.seed() + " variants " + variants, work -> {
            try {
                Files.writeString(work.resolve("index.html"), html, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KatexAssets.copyTo(work);
            return work;
        });
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(paper.title() + ": practice set of " + families.size() + " questions, " + variants + " variants each:");
        printer.println("  " + folder.resolve("index.html"));
        printer.flush();
        return 0;
    }
}
