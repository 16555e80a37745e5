package examgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.batch.Roster;
import examgen.paper.Accommodations;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.render.PageModel;
import examgen.render.PageRenderer;
import examgen.render.PaperWriter;
import examgen.render.ScriptFont;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "paper", mixinStandardHelpOptions = true,
        description = {"Write a question paper and its marking key as print-ready PDF (A4) and as HTML into OUT/PAPER/, "
                + "with KaTeX beside the HTML for its maths: what examgen does with no command.",
            "The same paper with the same seed written before, unchanged since, is replaced; any other existing folder only "
                + "with --force.",
            "Exit status: 0 written, 1 a write failed, 2 bad input (a question the bank states wrongly, or an existing folder without --force), "
                + "130 stopped by Ctrl-C (nothing half-written is left)."})
final class PaperCommand implements Callable<Integer> {

    /** What a bare ./examgen makes: the practice paper of week 7. */
    static final String DEFAULT_PAPER = "week7-practice";

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Mixin
    private PaperOption paperOption;

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed instead of the paper's own, for a fresh set of numbers.")
    private Long seed;

    @Option(names = "--student-id", paramLabel = "ID", description = "Make the paper of this student: its numbers follow from the id, which is printed.")
    private String studentId;

    @Option(names = "--student-name", paramLabel = "NAME", description = "The student's name to print (with --student-id).")
    private String studentName;

    @Option(names = "--large-print", description = "Large print: on A3, 16 pt type, formulas and figures scaled with it, each question on one page as on the standard paper (the numbers are the same).")
    private boolean largePrint;

    @Option(names = "--extra-time", paramLabel = "TIME", description = "Extra time to print on the front page: a share such as 25% "
            + "or minutes such as 30 minutes.")
    private String extraTime = "";

    @Mixin
    private FormatsOption formats;

    @Option(names = "--only", paramLabel = "WHAT", description = "paper, key or both (default: both).")
    private String only = "both";

    @Mixin
    private OutputFolderOptions output;

    @Mixin
    private TemplatesOption templatesOption;

    @Override
    public Integer call() {
        Set<PageModel.Kind> kinds = switch (only) {
            case "paper" -> EnumSet.of(PageModel.Kind.PAPER);
            case "key" -> EnumSet.of(PageModel.Kind.KEY);
            case "both" -> EnumSet.allOf(PageModel.Kind.class);
            default -> throw new UsageException("--only: give paper, key or both, got '" + only + "'");
        };
        if (studentName != null && studentId == null) {
            throw new UsageException("--student-name needs --student-id, from which the paper's numbers follow");
        }
        String nameProblem = studentName == null ? null : Roster.nameProblem(studentName);
        if (nameProblem != null) {
            throw new UsageException("--student-name: the name " + nameProblem);
        }
        String idProblem = studentId == null ? null : Roster.idProblem(studentId);
        if (idProblem != null) {
            // the rules of a roster's ids, so that any student of a batch can be made alone
            throw new UsageException("--student-id: '" + studentId + "' " + idProblem);
        }
        if (studentId != null && formats.chosen().contains(PaperWriter.Format.PDF)) {
            ScriptFont.unprintableProblem((studentName == null ? "" : studentName) + studentId).ifPresent(problem -> {
                throw new UsageException("--student-name, --student-id: " + problem
                        + "; write them in another script, or give --formats html");
            });
        }
        Bank bank = bankOptions.load();
        PaperSpec paperSpec = paperOption.in(bank);
        if (seed != null) {
            paperSpec = paperSpec.withSeed(seed);
        }
        PageRenderer pages = templatesOption.renderer();
        Paper paper = new PaperBuilder(bank, new VariantFactory()).build(paperSpec, studentId != null ? studentId : PaperBuilder.NO_STUDENT);
        Accommodations accommodations;
        try {
            accommodations = Accommodations.of(largePrint ? "yes" : "", extraTime);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--extra-time: " + e.getMessage());
        }
        // a paper with accommodations and no student is still made for them: a student without a name or id to print
        PageModel.Student student = studentId == null && accommodations.equals(Accommodations.NONE) ? null
                : new PageModel.Student(studentName == null ? "" : studentName, studentId == null ? "" : studentId, accommodations);
        String name = (studentId == null ? paperSpec.id() : paperSpec.id() + "-" + studentId) + (largePrint ? "-large-print" : "")
                + (accommodations.extraTime().isEmpty() ? "" : "-extra-time");
        Path folder = output.folder(name);
        List<Path> written = output.writeOwn(folder, "examgen paper " + folder.getFileName() + " seed " + paperSpec.seed(), work -> new PaperWriter(pages)
                .write(paper, student, kinds, formats.chosen(), work));
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(paperSpec.title() + " (" + paper.code() + ", " + paper.totalMarks() + " marks):");
        for (Path file : written) {
            printer.println("  " + folder.resolve(file.getFileName()));
        }
        printer.flush();
        return 0;
    }
}
