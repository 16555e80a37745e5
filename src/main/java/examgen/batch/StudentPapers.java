package examgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import examgen.bank.PaperSpec;
import examgen.explain.NumberText;
import examgen.export.Json;
import examgen.export.Sha256;
import examgen.export.VariantJson;
import examgen.io.SpreadsheetCell;
import examgen.numeric.DisplayRule;
import examgen.paper.Answer;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.random.Seeds;
import examgen.render.PageModel;
import examgen.render.PaperWriter;

/** Makes one student's files in a batch: paper and key, the variants as JSON, and the student's share of the shared files. */
final class StudentPapers {

    private static final NumberText RANGE = NumberText.plain(DisplayRule.significantFigures(12), 12);

    private final PaperSpec spec;
    private final PaperBuilder builder;
    private final PaperWriter writer;
    private final Set<PaperWriter.Format> formats;

    StudentPapers(PaperSpec spec, PaperBuilder builder, PaperWriter writer, Set<PaperWriter.Format> formats) {
        this.spec = spec;
        this.builder = builder;
        this.writer = writer;
        this.formats = formats;
    }

    /** Writes the student's files into {@code root/students/<id>/} and returns what the shared files need. */
    StudentResult make(Student student, Path root) {
        Paper paper = builder.build(spec, student.id());
        Path folder = root.resolve("students").resolve(student.id());
        writer.write(paper, new PageModel.Student(student.name(), student.id(), student.accommodations()), Set.of(PageModel.Kind.PAPER, PageModel.Kind.KEY),
                formats, folder, "../../katex");
        try {
            Files.writeString(folder.resolve("variants.json"), Json.write(VariantJson.paper(paper)), StandardCharsets.UTF_8);
            Map<String, String> hashes = new TreeMap<>();
            try (var files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    hashes.put(root.relativize(file).toString().replace('\\', '/'), Sha256.hex(Files.readAllBytes(file)));
                }
            }
            List<Long> slotSeeds = paper.variants().stream().map(Variant::seed).toList();
            return new StudentResult(student, paper.code().toString(), Seeds.student(spec.seed(), student.id()), slotSeeds,
                    markingRows(student, paper), hashes, measures(paper));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> markingRows(Student student, Paper paper) {
        List<List<String>> rows = new ArrayList<>();
        for (int q = 0; q < paper.variants().size(); q++) {
            for (Part part : paper.variants().get(q).parts()) {
                // the roster's cells are the user's: they must not run as formulas when the table is opened in a spreadsheet
                List<String> row = new ArrayList<>(List.of(SpreadsheetCell.safe(student.id()), SpreadsheetCell.safe(student.name()),
                        paper.code().toString(), String.valueOf(q + 1), part.label()));
                Answer answer = part.answer();
                if (answer instanceof Answer.Numeric numeric) {
                    row.add(numeric.display());
                    row.add(RANGE.of(numeric.value().subtract(numeric.tolerance())) + " to " + RANGE.of(numeric.value().add(numeric.tolerance())));
                } else if (answer instanceof Answer.Choice choice) {
                    row.add(choice.correctLabel());
                    row.add(choice.correctLabel());
                } else {
                    row.add("written answer");
                    row.add("see the key");
                }
                row.add(String.valueOf(part.marks()));
                student.extra().values().stream().map(SpreadsheetCell::safe).forEach(row::add);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Per slot: the median order of magnitude of its numeric answers (a median, so that one answer
     * that is all but zero, such as a bump's output far outside it, does not make the whole question
     * look small), the draws it took, and its numbers' fingerprint.
     */
    private static List<StudentResult.SlotMeasure> measures(Paper paper) {
        List<StudentResult.SlotMeasure> measures = new ArrayList<>();
        for (Variant variant : paper.variants()) {
            double[] logs = variant.parts().stream().map(Part::answer)
                    .filter(Answer.Numeric.class::isInstance).map(answer -> ((Answer.Numeric) answer).value())
                    .filter(value -> value.signum() != 0)
                    .mapToDouble(value -> Math.log10(value.abs().toBigDecimal().doubleValue()))
                    .sorted().toArray();
            String fingerprint = variant.values().isEmpty() ? "" : Sha256.hex(Json.write(VariantJson.value(variant.values()))
                    .getBytes(StandardCharsets.UTF_8));
            double median = logs.length == 0 ? Double.NaN : (logs[(logs.length - 1) / 2] + logs[logs.length / 2]) / 2;
            measures.add(new StudentResult.SlotMeasure(variant.questionId(), median, variant.draws(), fingerprint));
        }
        return measures;
    }
}
