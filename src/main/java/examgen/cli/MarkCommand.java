package examgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import examgen.bank.Bank;
import examgen.bank.QuestionSpec;
import examgen.export.Sha256;
import examgen.mark.Marker;
import examgen.mark.MarksFolder;
import examgen.mark.ResponsesFile;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.random.VariantCode;
import examgen.render.PageRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "mark", mixinStandardHelpOptions = true,
        description = {"Mark typed answers against a batch: every student's own numbers, the key's tolerances, follow-through "
                + "from a student's own earlier answers, and the modelled mistakes named. Writes BATCH/marks/: marks.csv (per part), "
                + "totals.csv (per student), feedback/<id>.html, problems.txt (rows that could not be used, by line), copying.txt "
                + "(students whose answers fit another's numbers better than their own), the class report results.html and results.pdf "
                + "(facility, discrimination and the mistakes made, per part and question; the totals and Cronbach's alpha) with "
                + "results.csv and mistakes.csv, and grades.csv and grades-moodle.csv (for Moodle's gradebook import).",
            "The responses file is a CSV (commas, semicolons or tabs between fields) with student_id, question, part, answer; "
                + "commas as decimal points, fractions like -1/3, stray spaces and full-width digits are understood; blanks count as no answer."})
final class MarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BankOptions bankOptions;

    @Option(names = "--batch", required = true, paramLabel = "DIR", description = "The batch folder (with manifest.json).")
    private Path batch;

    @Option(names = "--responses", required = true, paramLabel = "CSV", description = "The students' answers.")
    private Path responsesFile;

    @Option(names = "--force", description = "Replace an earlier marks/ folder.")
    private boolean force;

    @Mixin
    private TemplatesOption templatesOption;

    @Override
    public Integer call() throws IOException {
        Path manifestFile = batch.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new UsageException(batch + ": no manifest.json here; give the folder that 'examgen batch' wrote");
        }
        JsonNode manifest = new ObjectMapper().readTree(manifestFile.toFile());
        Bank bank = bankOptions.load();
        checkBankUnchanged(bank, manifest);
        PaperBuilder builder = new PaperBuilder(bank, new VariantFactory());
        List<Marker.Student> students = new ArrayList<>();
        for (JsonNode s : manifest.get("students")) {
            students.add(new Marker.Student(s.get("id").asText(), s.get("name").asText(),
                    builder.regenerate(VariantCode.parse(s.get("code").asText()))));
        }
        OutputFolder.requireOutside(responsesFile, batch.resolve("marks"), "responses file");
        ResponsesFile.Read read;
        try {
            read = ResponsesFile.read(responsesFile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Marker.Result result = Marker.mark(students, read.responses(), read.problems());
        PageRenderer pages = templatesOption.renderer();
        String title = manifest.at("/paper/title").asText();
        Path marks = batch.resolve("marks");
        if (Files.exists(marks) && !force) {
            // marks/ belongs to its batch: mark has no --out to suggest
            throw new UsageException(marks + " already exists; give --force to replace it with these marks");
        }
        OutputFolder.write(marks, force, folder -> {
            MarksFolder.write(folder, result, responsesFile, pages, title);
            return folder;
        });
        PrintWriter out = spec.commandLine().getOut();
        int marked = result.students().size();
        out.println("marked " + marked + (marked == 1 ? " student" : " students") + " into " + batch.resolve("marks"));
        out.println("class report: " + batch.resolve("marks/results.html") + " and results.pdf; grades for Moodle's gradebook: "
                + batch.resolve("marks/grades-moodle.csv"));
        if (!result.problems().isEmpty()) {
            out.println(result.problems().size() + " row(s) could not be used: see " + batch.resolve("marks/problems.txt"));
        }
        if (!result.copying().isEmpty()) {
            out.println(result.copying().size() + " student(s) flagged: see " + batch.resolve("marks/copying.txt"));
        }
        out.flush();
        return 0;
    }

    /** Marking regenerates every paper from its code: the bank's questions must be those the batch was made with. */
    private static void checkBankUnchanged(Bank bank, JsonNode manifest) throws IOException {
        for (JsonNode q : manifest.at("/paper/questions")) {
            QuestionSpec question = bank.findQuestion(q.get("question").asText())
                    .orElseThrow(() -> new UsageException("the bank no longer has question '" + q.get("question").asText() + "' of this batch"));
            if (!Sha256.hex(Files.readAllBytes(question.file())).equals(q.get("sha256").asText())) {
                throw new UsageException(question.file() + " changed since the batch was made; mark with the bank the batch was made with");
            }
        }
    }
}
