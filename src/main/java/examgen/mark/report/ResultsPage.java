package examgen.mark.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import examgen.mark.Marker;
import examgen.render.SvgFigures;
import examgen.render.figure.Figure;
import examgen.render.figure.ItemMap;
import examgen.render.figure.Plot;

/**
 * The class report's page model, for {@code results.ftlx}: every number already written as the page prints it, the
 * distribution of totals and the questions' facility and discrimination as figures (inline SVG in HTML, vectors in
 * the PDF), and each student with the link to their feedback page.
 */
final class ResultsPage {

    /** Totals up to this many marks get a bar each; more are gathered into bars of several marks. */
    private static final int MOST_BARS = 25;

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    /** @return the figures the PDF's page names by id */
    Map<String, Figure> figures() {
        return figures;
    }

    Map<String, Object> build(String title, ClassResults results, List<Marker.StudentMarks> students, boolean html) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title);
        doc.put("html", html);
        ClassResults.Totals totals = results.totals();
        doc.put("students", totals.students());
        doc.put("max", totals.max());
        doc.put("mean", ResultsNumbers.text(totals.mean(), 2));
        doc.put("median", ResultsNumbers.text(totals.median(), 1));
        doc.put("deviation", ResultsNumbers.text(totals.standardDeviation(), 2));
        doc.put("alpha", ResultsNumbers.text(totals.alpha(), 2));
        doc.put("alphaMeaning", ClassResults.alphaMeaning(totals.alpha()));
        doc.put("alphaParts", totals.alphaParts());
        doc.put("histogram", figure("histogram", histogram(totals), html));
        doc.put("itemMap", figure("item-map", itemMap(results), html));
        doc.put("questions", results.questions().stream().map(ResultsPage::item).toList());
        doc.put("parts", results.parts().stream().map(ResultsPage::item).toList());
        doc.put("flagged", results.parts().stream().filter(p -> !p.flags().isEmpty()).count()
                + results.questions().stream().filter(q -> !q.flags().isEmpty()).count());
        List<Map<String, Object>> people = new ArrayList<>();
        for (Marker.StudentMarks student : students) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", student.student().id());
            s.put("name", student.student().name());
            s.put("total", student.total());
            s.put("byHand", student.byHand());
            people.add(s);
        }
        doc.put("people", people);
        return doc;
    }

    private static Map<String, Object> item(ClassResults.Item item) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", item.name());
        row.put("max", item.max());
        row.put("facility", ResultsNumbers.text(item.facility(), 2));
        row.put("discrimination", ResultsNumbers.text(item.discrimination(), 2));
        row.put("upperLower", ResultsNumbers.text(item.upperLower(), 2));
        row.put("why", item.facility().why());
        row.put("blank", ResultsNumbers.percent(item.blank()));
        row.put("followThrough", ResultsNumbers.percent(item.followThrough()));
        row.put("byHand", ResultsNumbers.percent(item.byHand()));
        row.put("flags", item.flags());
        row.put("mistakes", item.mistakes().stream().map(m -> Map.of("wording", m.mistake().description(), "count", m.count(),
                "share", ResultsNumbers.percent(m.share()))).toList());
        return row;
    }

    private Map<String, Object> figure(String id, Figure figure, boolean html) {
        figures.put(id, figure);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("width", figure.width());
        f.put("height", figure.height());
        f.put("alt", figure.alt());
        if (html) {
            f.put("svg", new SvgFigures().svg(figure, id));
        }
        return f;
    }

    /** @return the totals as bars drawn by their outline: a bar a mark, or of several marks when the paper has many */
    private static Figure histogram(ClassResults.Totals totals) {
        int width = Math.max(1, (totals.max() + MOST_BARS) / MOST_BARS);
        int bars = totals.max() / width + 1;
        int[] counts = new int[bars];
        totals.scores().forEach(score -> counts[Math.min(bars - 1, Math.max(0, score) / width)]++);
        List<double[]> outline = new ArrayList<>();
        outline.add(new double[] {0, 0});
        for (int b = 0; b < bars; b++) {
            outline.add(new double[] {b * width, counts[b]});
            outline.add(new double[] {(b + 1) * width, counts[b]});
        }
        outline.add(new double[] {bars * width, 0});
        int tallest = IntStream.of(counts).max().orElse(0);
        StringBuilder alt = new StringBuilder("Histogram of the " + totals.students() + " totals out of " + totals.max() + ": ");
        for (int b = 0; b < bars; b++) {
            if (counts[b] > 0) {
                alt.append(width == 1 ? b + " marks" : b * width + "–" + ((b + 1) * width - 1) + " marks").append(": ").append(counts[b]).append("; ");
            }
        }
        return new Plot("total marks", "students", 0, bars * width, 0, tallest + Math.max(1, tallest / 10),
                List.of(new Plot.Series("", outline, Plot.BLUE, false, false, true)), alt.substring(0, alt.length() - 2) + ".");
    }

    private static Figure itemMap(ClassResults results) {
        List<ItemMap.Item> items = results.questions().stream().filter(q -> q.facility().defined() && q.discrimination().defined())
                .map(q -> new ItemMap.Item(Integer.toString(q.question()), q.facility().value(), q.discrimination().value())).toList();
        StringBuilder alt = new StringBuilder("Facility and discrimination of each question: ");
        items.forEach(i -> alt.append("question ").append(i.label()).append(" facility ").append(ResultsNumbers.fixed(i.facility(), 2))
                .append(", discrimination ").append(ResultsNumbers.fixed(i.discrimination(), 2)).append("; "));
        return new ItemMap(items, items.isEmpty() ? "No question has both statistics defined." : alt.substring(0, alt.length() - 2) + ".");
    }
}
