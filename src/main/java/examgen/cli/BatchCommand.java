package examgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.batch.BatchJob;
import examgen.batch.Roster;
import examgen.batch.Student;
import examgen.render.PageRenderer;
import examgen.render.PaperWriter;
import examgen.render.ScriptFont;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Make a different paper for every student of a roster: the same questions, marks and difficulty, "
                + "different numbers. Writes OUT/PAPER-batch/ with students/<id>/ (paper and key as PDF and HTML, variants.json), "
                + "marking.csv (one row per student and part), report.txt (the spread of difficulty, repeated numbers) and "
                + "manifest.json (the specification's hash, every seed, every file's SHA-256).",
            "The roster is a UTF-8 CSV file (commas, semicolons or tabs between fields) with a header and an id and a name column; "
                + "other columns are carried into marking.csv.",
            "Exit status: 0 written, 1 a write failed, 2 bad input (a question the bank states wrongly, or the roster's problems, listed by line; nothing is written), "
                + "130 stopped by Ctrl-C (nothing half-written is left)."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Option(names = "--roster", required = true, paramLabel = "CSV", description = "The class list.")
    private Path rosterFile;

    @Mixin
    private PaperOption paperOption;

    @Option(names = "--id-column", defaultValue = "id", paramLabel = "NAME", description = "The roster's id column (default: ${DEFAULT-VALUE}).")
    private String idColumn;

    @Option(names = "--name-column", defaultValue = "name", paramLabel = "NAME", description = {"The roster's name column (default: ${DEFAULT-VALUE}). "
            + "Give it again to join columns with a space, first name then surname: --name-column 'First name' --name-column Surname."})
    private List<String> nameColumns;

    @Mixin
    private FormatsOption formats;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private OutputFolderOptions output;

    @Mixin
    private TemplatesOption templatesOption;

    @Override
    public Integer call() {
        int threadCount = threads.count();
        Roster roster;
        try {
            roster = Roster.read(rosterFile, idColumn, nameColumns.toArray(String[]::new));
        } catch (Roster.RosterException e) {
            throw new UsageException("the roster cannot be used:" + System.lineSeparator() + e.getMessage());
        }
        if (formats.chosen().contains(PaperWriter.Format.PDF)) {
            requirePrintable(roster);
        }
        Bank bank = bankOptions.load();
        PaperSpec paper = paperOption.in(bank);
        PageRenderer pages = templatesOption.renderer();
        Path folder = output.folder(paper.id() + "-batch");
        OutputFolder.requireOutside(rosterFile, folder, "roster");
        BatchJob job = new BatchJob(bank, pages, formats.chosen(), threadCount);
        BatchJob.Summary summary;
        try {
            summary = output.write(folder, work -> job.run(roster, paper, work, TerminalProgress.forThisTerminal("students")));
        } catch (BatchJob.NoRoom e) {
            throw e.withFix("what it wrote was removed; free some space, or give --out on another disk");
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(paper.title() + ": " + summary.students() + (summary.students() == 1 ? " student" : " students") + " in " + folder);
        printer.println("  marking table " + folder.resolve("marking.csv"));
        printer.println("  manifest      " + folder.resolve("manifest.json"));
        printer.println("  report        " + folder.resolve("report.txt"));
        summary.warnings().forEach(w -> printer.println("warning: " + w));
        printer.flush();
        return 0;
    }

    /** @throws UsageException naming every row whose name or id the PDF could not print, rather than print it wrong */
    private static void requirePrintable(Roster roster) {
        List<String> problems = new ArrayList<>();
        for (Student student : roster.students()) {
            ScriptFont.unprintableProblem(student.name() + student.id()).ifPresent(problem -> problems.add(roster.file() + ":" + student.line()
                    + ": " + problem + " of '" + student.name() + "' (" + student.id()
                    + "); write it in another script, or make HTML papers only (--formats html)"));
        }
        if (!problems.isEmpty()) {
            throw new UsageException("the roster cannot be used:" + System.lineSeparator() + String.join(System.lineSeparator(), problems));
        }
    }
}
