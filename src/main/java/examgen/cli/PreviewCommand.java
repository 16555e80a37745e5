package examgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.BankException;
import examgen.bank.PaperSpec;
import examgen.bank.QuestionSpec;
import examgen.bank.Snippet;
import examgen.paper.Paper;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;
import examgen.random.VariantCode;
import examgen.render.PageModel;
import examgen.render.PaperWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Preview one question file while you write it: N variants of the question, each with its answers, "
                + "worked solution and modelled mistakes, on one HTML page (and a PDF with --formats html,pdf) in "
                + "OUT/preview-ID/, to open from disk. The file need not be in the bank yet. A later preview of the same "
                + "question replaces the earlier one, unless files were added to it or changed; any other folder of that name is left alone.",
            "Exit status: 0 written, 1 generation or a write failed, 2 a problem in the file or the options."})
final class PreviewCommand implements Callable<Integer> {

    /** The most variants one page shows: enough to see how the numbers vary, few enough to read. */
    static final int MOST_VARIANTS = 50;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The question file, e.g. question-bank/backprop-deep.yaml.")
    private Path file;

    @Option(names = "--variants", defaultValue = "6", paramLabel = "N", description = "How many variants (1 to " + MOST_VARIANTS
            + ", default: ${DEFAULT-VALUE}).")
    private int variants;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", description = "html, pdf or both (default: html).")
    private List<PaperWriter.Format> formats = List.of(PaperWriter.Format.HTML);

    @Option(names = "--out", paramLabel = "DIR", description = "Where the preview's folder is made (default: output/ beside the launcher).")
    private Path out;

    @Mixin
    private TemplatesOption templatesOption;

    @Override
    public Integer call() {
        UsageException.requireWithin("--variants", variants, 1, MOST_VARIANTS);
        QuestionSpec question;
        try {
            question = Bank.readQuestion(file);
        } catch (BankException e) {
            throw new UsageException(file + " has " + e.problems().size() + " problem(s):" + System.lineSeparator() + e.getMessage());
        }
        VariantFactory factory = new VariantFactory();
        List<Variant> drawn = new ArrayList<>();
        for (long seed = 1; seed <= variants; seed++) {
            drawn.add(factory.generate(question, seed));
        }
        String id = "preview-" + question.id();
        PaperSpec paperSpec = new PaperSpec(id, "Preview: " + question.title(), question.file().toString(), "", "",
                new Snippet("Variants 1 to " + variants + " (seeds 1 to " + variants + "), each with its key.", question.file(), 1, "title"),
                0, List.of(), question.file());
        Paper paper = new Paper(paperSpec, "preview", new VariantCode(id, 0), drawn);
        Path folder = (out != null ? out : Home.resolve("output")).resolve(id);
        List<Path> written = OutputFolder.write(folder, false, "examgen preview " + id, work -> new PaperWriter(templatesOption.renderer())
                .write(paper, null, EnumSet.of(PageModel.Kind.KEY), EnumSet.copyOf(formats), work));
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(question.title() + " (" + question.file() + "), " + variants + " variants with their keys:");
        for (Path page : written) {
            printer.println("  " + folder.resolve(page.getFileName()));
        }
        printer.flush();
        return 0;
    }
}
