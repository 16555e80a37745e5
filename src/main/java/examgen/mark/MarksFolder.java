package examgen.mark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;

import examgen.io.CsvText;
import examgen.io.SpreadsheetCell;
import examgen.mark.report.ResultsFiles;
import examgen.render.PageRenderer;

/**
 * The files of a batch's marks/ folder: marks.csv (one row per student and part), totals.csv (one
 * per student), problems.txt, copying.txt, feedback/&lt;id&gt;.html for every student, and the class report
 * ({@link ResultsFiles}).
 */
public final class MarksFolder {


    private MarksFolder() {
    }

    /**
     * Writes the files into {@code folder}.
     *
     * @param title the paper's title, for the feedback pages
     */
    public static void write(Path folder, Marker.Result result, Path responses, PageRenderer pages, String title) {
        try {
            StringWriter marks = new StringWriter();
            StringWriter totals = new StringWriter();
            try (CSVPrinter m = new CSVPrinter(marks, CsvText.WRITTEN); CSVPrinter t = new CSVPrinter(totals, CsvText.WRITTEN)) {
                m.printRecord("student_id", "name", "question", "part", "answer", "marks", "max", "verdict", "feedback");
                t.printRecord("student_id", "name", "code", "marks", "max", "to_mark_by_hand");
                for (Marker.StudentMarks student : result.students()) {
                    // names come from the roster and answers from the students: neither may run as a formula
                    String id = SpreadsheetCell.safe(student.student().id());
                    String name = SpreadsheetCell.safe(student.student().name());
                    for (Marker.PartMark p : student.parts()) {
                        m.printRecord(id, name, p.question(), p.part(), SpreadsheetCell.safe(p.given()), p.awarded(), p.max(), p.verdict(),
                                p.feedback());
                    }
                    t.printRecord(id, name, student.student().paper().code(), student.total(), student.max(), student.byHand());
                }
            }
            Files.writeString(folder.resolve("marks.csv"), marks.toString(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("totals.csv"), totals.toString(), StandardCharsets.UTF_8);
            List<String> problems = result.problems().stream().map(problem -> problem.in(responses)).toList();
            Files.write(folder.resolve("problems.txt"), problems.isEmpty() ? List.of("No problems.") : problems, StandardCharsets.UTF_8);
            Files.write(folder.resolve("copying.txt"), result.copying().isEmpty() ? List.of("No one flagged.") : result.copying(),
                    StandardCharsets.UTF_8);
            Files.createDirectories(folder.resolve("feedback"));
            for (Marker.StudentMarks student : result.students()) {
                Files.writeString(folder.resolve("feedback").resolve(student.student().id() + ".html"),
                        pages.render("feedback.ftlx", feedbackModel(student, title)), StandardCharsets.UTF_8);
            }
            if (!result.students().isEmpty()) {
                ResultsFiles.write(folder, result.students(), pages, title);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> feedbackModel(Marker.StudentMarks student, String title) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title);
        doc.put("name", student.student().name());
        doc.put("id", student.student().id());
        doc.put("code", student.student().paper().code().toString());
        doc.put("total", student.total());
        doc.put("max", student.max());
        doc.put("byHand", student.byHand());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Marker.PartMark p : student.parts()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("question", p.question());
            part.put("part", p.part());
            part.put("given", p.given());
            part.put("awarded", p.awarded());
            part.put("max", p.max());
            part.put("verdict", p.verdict());
            part.put("feedback", p.feedback());
            parts.add(part);
        }
        doc.put("parts", parts);
        return doc;
    }
}
