package examgen.mark.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import examgen.io.CsvText;
import examgen.io.SpreadsheetCell;
import examgen.mark.Marker;
import examgen.render.PageRenderer;
import examgen.render.pdf.FormulaMemory;
import examgen.render.pdf.PdfRenderer;

/**
 * The class report in a marks folder: {@code results.html} and {@code results.pdf} (one template, the paper's
 * pipeline), {@code results.csv} (a row per part, per question and for the paper), {@code mistakes.csv} (the modelled
 * mistakes made, per part), and the grades from the totals: {@code grades.csv} per student and
 * {@code grades-moodle.csv} for Moodle's gradebook import (an identifier column and a grade column).
 */
public final class ResultsFiles {

    public static final String TEMPLATE = "results.ftlx";
    /** Places of the statistics in the CSV files: enough to recompute a share of a 1000-student class exactly. */
    private static final int PLACES = 4;
    /** The PDF's fixed seed: its dates and ids depend on nothing but the marks. */
    private static final long SEED = 0;

    private ResultsFiles() {
    }

    public static void write(Path folder, List<Marker.StudentMarks> students, PageRenderer pages, String title) throws IOException {
        ClassResults results = ClassResults.of(students);
        Files.writeString(folder.resolve("results.csv"), resultsCsv(results), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("mistakes.csv"), mistakesCsv(results), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("grades.csv"), gradesCsv(students), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("grades-moodle.csv"), moodleCsv(students, title), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("results.html"), pages.render(TEMPLATE, new ResultsPage().build(title, results, students, true)),
                StandardCharsets.UTF_8);
        ResultsPage pdf = new ResultsPage();
        String xhtml = pages.render(TEMPLATE, pdf.build(title, results, students, false));
        try {
            Files.write(folder.resolve("results.pdf"), new PdfRenderer().render(xhtml, pdf.figures(), new FormulaMemory(), SEED));
        } catch (PdfRenderer.MalformedPage e) {
            throw new PageRenderer.RenderException(pages.file(TEMPLATE) + ": the page it made for the PDF is " + e.getMessage()
                    + "; correct the template's tags (every tag closed, in order; entities as numbers, such as &#160;)");
        }
    }

    private static String resultsCsv(ClassResults results) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CsvText.WRITTEN)) {
            csv.printRecord("level", "question", "part", "max", "students", "facility", "discrimination", "upper_lower", "blank",
                    "follow_through", "by_hand", "mean", "median", "standard_deviation", "cronbach_alpha", "undefined_because", "flags");
            for (ClassResults.Item part : results.parts()) {
                csv.printRecord(item("part", part));
            }
            for (ClassResults.Item question : results.questions()) {
                csv.printRecord(item("question", question));
            }
            ClassResults.Totals t = results.totals();
            List<String> undefined = new ArrayList<>();
            for (ClassResults.Measure m : List.of(t.standardDeviation(), t.alpha())) {
                if (!m.defined() && !undefined.contains(m.why())) {
                    undefined.add(m.why());
                }
            }
            csv.printRecord("paper", "", "", t.max(), t.students(), "", "", "", "", "", "", cell(t.mean()), cell(t.median()),
                    cell(t.standardDeviation()), cell(t.alpha()), String.join("; ", undefined), "");
        }
        return text.toString();
    }

    private static List<Object> item(String level, ClassResults.Item item) {
        return List.of(level, item.question(), item.part(), item.max(), item.students(), cell(item.facility()), cell(item.discrimination()),
                cell(item.upperLower()), fixed(item.blank()), fixed(item.followThrough()), fixed(item.byHand()), "", "", "", "",
                why(item), String.join("; ", item.flags()));
    }

    private static String why(ClassResults.Item item) {
        for (ClassResults.Measure m : List.of(item.facility(), item.discrimination(), item.upperLower())) {
            if (!m.defined()) {
                return m.why();
            }
        }
        return "";
    }

    /** @return a statistic for a spreadsheet: its value, or an empty cell (the reason is in its own column) */
    private static String cell(ClassResults.Measure measure) {
        return measure.defined() ? fixed(measure.value()) : "";
    }

    private static String fixed(double value) {
        return ResultsNumbers.fixed(value, PLACES);
    }

    private static String mistakesCsv(ClassResults results) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CsvText.WRITTEN)) {
            csv.printRecord("question", "part", "mistake", "wording", "students", "share");
            for (ClassResults.Item part : results.parts()) {
                for (ClassResults.MistakeCount m : part.mistakes()) {
                    csv.printRecord(part.question(), part.part(), m.mistake().id(), m.mistake().description(), m.count(), fixed(m.share()));
                }
            }
        }
        return text.toString();
    }

    private static String gradesCsv(List<Marker.StudentMarks> students) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CsvText.WRITTEN)) {
            csv.printRecord("student_id", "name", "marks", "max", "percent", "to_mark_by_hand");
            for (Marker.StudentMarks s : students) {
                csv.printRecord(SpreadsheetCell.safe(s.student().id()), SpreadsheetCell.safe(s.student().name()), s.total(), s.max(),
                        ResultsNumbers.fixed(100.0 * s.total() / s.max(), 1), s.byHand());
            }
        }
        return text.toString();
    }

    /** Moodle's gradebook import maps a column to the users' "ID number" and another to a grade item. */
    private static String moodleCsv(List<Marker.StudentMarks> students, String title) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CsvText.WRITTEN)) {
            csv.printRecord("ID number", SpreadsheetCell.safe(title));
            for (Marker.StudentMarks s : students) {
                csv.printRecord(SpreadsheetCell.safe(s.student().id()), s.total());
            }
        }
        return text.toString();
    }
}
