package examgen.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import examgen.explain.NumberText;
import examgen.explain.TexText;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;
import examgen.paper.Accommodations;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Paper;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.render.figure.Figure;
import examgen.render.figure.FigureFactory;

/**
 * What a page template is given: the paper or key laid out as maps, lists and strings, every
 * piece of text split into prose and maths segments, every figure with its text alternative.
 * Templates print this; they compute nothing. A paper's model holds no answers: only a key's does.
 */
public final class PageModel {

    /** What the page is: the question paper or its marking key. */
    public enum Kind { PAPER, KEY }

    /** Where the page goes: a browser (KaTeX, SVG) or the PDF renderer (maths and figures painted as vectors). */
    public enum Medium { HTML, PDF }

    private static final Pattern NETWORK_VALUE = Pattern.compile("([xwb])(\\d+)|y|alpha");
    /** A mini-batch's inputs and labels: {@code x1_2} is x1 of example 2, {@code y_2} its label. */
    private static final Pattern BATCH_VALUE = Pattern.compile("(?:x(\\d+)|y)_(\\d+)");
    private static final NumberText EXACT = NumberText.plain(DisplayRule.significantFigures(12), 12);
    /** Characters of a formula's plain reading below which it is never broken: about half a line. */
    private static final int UNBROKEN_FORMULA = 45;
    /** A data table of more numbers than this runs wider than an A4 page's text, and is cut into rows. */
    private static final int MOST_CELLS_IN_ONE_TABLE = 14;
    private static final int CELLS_IN_A_ROW = 12;
    /**
     * Characters of an id and of a name beyond which the front page's table could squeeze the date, duration and marks
     * beside them onto two lines each (an id of 18 W's did, of 16 did not; a name of 70 letters did), so that row is kept
     * unbroken: the name and id then take their room from their own cells.
     */
    private static final int WIDE_ID = 16;
    private static final int WIDE_NAME = 30;

    /** The width of a large-print A3 page's text in points, between the page's margins of 14 mm (page.ftlx). */
    private static final float LARGE_PRINT_TEXT_WIDTH = 762;

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private Medium medium = Medium.HTML;

    /** How much larger than the standard the page sets everything: {@link Accommodations#scale()}. */
    private float scale = 1;

    /** @return how much larger than the standard the page the model was built for sets everything */
    public float scale() {
        return scale;
    }

    /** @return every figure the model refers to, by id, for the PDF renderer to paint */
    public Map<String, Figure> figures() {
        return figures;
    }

    /**
     * @param student the student's name and id to print, or null for a paper with spaces to fill in
     * @param svg turns a figure into SVG markup, for HTML pages; null for PDF
     */
    public Map<String, Object> build(Paper paper, Kind kind, Medium medium, Student student, SvgWriter svg) {
        return build(paper, kind, medium, student, svg, "katex");
    }

    /** @param katex where the HTML page finds KaTeX, relative to the page: {@code katex}, or {@code ../../katex} in a batch */
    public Map<String, Object> build(Paper paper, Kind kind, Medium medium, Student student, SvgWriter svg, String katex) {
        this.medium = medium;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("katex", katex);
        doc.put("kind", kind.name().toLowerCase(Locale.ROOT));
        doc.put("medium", medium.name().toLowerCase(Locale.ROOT));
        doc.put("title", paper.spec().title());
        doc.put("course", paper.spec().course());
        doc.put("date", paper.spec().date());
        Accommodations accommodations = student == null ? Accommodations.NONE : student.accommodations();
        scale = accommodations.scale();
        doc.put("duration", accommodations.duration(paper.spec().duration()));
        // every size of the page times scale: exam.css's font sizes in the page's own style, formulas and figures here
        doc.put("scale", scale);
        doc.put("instructions", segments(paper.spec().instructions().text()));
        doc.put("totalMarks", paper.totalMarks());
        doc.put("code", paper.code().toString());
        if (student != null && !student.id().isEmpty()) {
            // A roster row without a name gets a line to write it on, as a paper without a roster has
            // a soft hyphen, invisible in a browser unless a line breaks there, is drawn by Flying Saucer as a hyphen
            String name = medium == Medium.PDF ? student.name().strip().replace("\u00AD", "") : student.name().strip();
            doc.put("student", Map.of("name", prose(name), "named", !student.name().isBlank(), "id", prose(student.id()),
                    "wide", student.id().length() > WIDE_ID || student.name().strip().length() > WIDE_NAME));
        }
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < paper.variants().size(); i++) {
            questions.add(question(paper.variants().get(i), i + 1, kind, svg));
        }
        doc.put("questions", questions);
        if (kind == Kind.KEY) {
            doc.put("answers", answerTable(paper));
        }
        return doc;
    }

    /** @return the key's table of answers: a row for each part of each question */
    private List<Map<String, Object>> answerTable(Paper paper) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < paper.variants().size(); i++) {
            for (Part part : paper.variants().get(i).parts()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("question", i + 1);
                row.put("part", part.label());
                row.putAll(answer(part.answer()));
                row.put("marks", part.marks());
                rows.add(row);
            }
        }
        return rows;
    }

    /** A student's name and id as given on a roster, and what their paper is made with (large print, extra time). */
    public record Student(String name, String id, Accommodations accommodations) {

        public Student(String name, String id) {
            this(name, id, Accommodations.NONE);
        }
    }

    /** Turns a figure into an inline SVG element. */
    public interface SvgWriter {
        String svg(Figure figure, String id);
    }

    private Map<String, Object> question(Variant variant, int number, Kind kind, SvgWriter svg) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("number", number);
        q.put("title", variant.title());
        q.put("marks", variant.totalMarks());
        q.put("stem", segments(variant.stem()));
        List<Map<String, Object>> pictures = new ArrayList<>();
        List<Figure> drawn = FigureFactory.of(variant, kind == Kind.KEY);
        for (int f = 0; f < drawn.size(); f++) {
            Figure figure = drawn.get(f);
            String id = "q" + number + "-figure" + (f + 1);
            figures.put(id, figure);
            Map<String, Object> picture = new LinkedHashMap<>();
            picture.put("id", id);
            picture.put("alt", figure.alt());
            // larger in large print, but never wider than the text: the PDF paints the figure to fill this box
            float size = Math.min(scale, LARGE_PRINT_TEXT_WIDTH / figure.width());
            picture.put("width", scale == 1 ? Math.round(figure.width()) : Math.round(figure.width() * size));
            picture.put("height", scale == 1 ? Math.round(figure.height()) : Math.round(figure.height() * size));
            if (svg != null) {
                picture.put("svg", svg.svg(figure, id));
            }
            pictures.add(picture);
        }
        q.put("figures", pictures);
        if (FigureFactory.isNetworkFamily(variant.generator())) {
            q.put("data", dataTables(variant));
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        List<Part> table = new ArrayList<>();
        for (Part part : variant.parts()) {
            if (!table.isEmpty() && !sameTable(table.get(0), part)) {
                parts.add(tablePart(table, kind));
                table.clear();
            }
            if (part.cell().isPresent()) {
                table.add(part);
            } else {
                parts.add(part(part, kind));
            }
        }
        if (!table.isEmpty()) {
            parts.add(tablePart(table, kind));
        }
        q.put("parts", parts);
        return q;
    }

    /**
     * @return the numbers of a network question as tables, each a head of symbols (an italic letter and its index) and
     *     rows of values, inputs first: one table while they fit the page's width, otherwise one for the example (inputs,
     *     label, rate), the weights in rows of {@value #CELLS_IN_A_ROW}, and one for the biases; a mini-batch's examples
     *     ({@code x1_2}, {@code y_2}) as a table of their own, a row per example
     */
    public static List<Map<String, Object>> dataTables(Variant variant) {
        List<Map<String, Object>> cells = new ArrayList<>();
        Map<Integer, Map<String, Object>> examples = new TreeMap<>();
        Map<String, Map<String, Object>> exampleHeads = new LinkedHashMap<>();
        variant.values().forEach((name, value) -> {
            if (!(value instanceof Real real)) {
                return;
            }
            Matcher batch = BATCH_VALUE.matcher(name);
            Matcher m = NETWORK_VALUE.matcher(name);
            if (batch.matches()) {
                String symbol = batch.group(1) == null ? "y" : "x" + batch.group(1);
                exampleHeads.computeIfAbsent(symbol, k -> head(batch.group(1) == null ? "y" : "x", batch.group(1) == null ? "" : batch.group(1)));
                examples.computeIfAbsent(Integer.valueOf(batch.group(2)), k -> new LinkedHashMap<>()).put(symbol, EXACT.of(real));
            } else if (m.matches()) {
                // table headings are set as italic letters with subscripts, which size the row as text does
                Map<String, Object> cell = head(name.equals("alpha") ? "α" : m.group(1) == null ? name : m.group(1), m.group(2) == null ? "" : m.group(2));
                cell.put("value", EXACT.of(real));
                cells.add(cell);
            }
        });
        List<Map<String, Object>> tables = new ArrayList<>();
        if (!examples.isEmpty()) {
            List<Map<String, Object>> head = new ArrayList<>(List.of(head("example", "")));
            head.addAll(exampleHeads.values());
            List<List<String>> rows = new ArrayList<>();
            examples.forEach((k, row) -> {
                List<String> values = new ArrayList<>(List.of(String.valueOf(k)));
                exampleHeads.keySet().forEach(symbol -> values.add((String) row.get(symbol)));
                rows.add(values);
            });
            tables.add(Map.of("head", head, "rows", rows));
        }
        if (cells.size() <= MOST_CELLS_IN_ONE_TABLE) {
            tables.add(table(cells));
            return tables;
        }
        List<Map<String, Object>> example = cells.stream().filter(c -> !c.get("letter").equals("w") && !c.get("letter").equals("b")).toList();
        if (!example.isEmpty()) {
            tables.add(table(example));
        }
        List<Map<String, Object>> weights = cells.stream().filter(c -> c.get("letter").equals("w")).toList();
        for (int from = 0; from < weights.size(); from += CELLS_IN_A_ROW) {
            tables.add(table(weights.subList(from, Math.min(weights.size(), from + CELLS_IN_A_ROW))));
        }
        List<Map<String, Object>> biases = cells.stream().filter(c -> c.get("letter").equals("b")).toList();
        if (!biases.isEmpty()) {
            tables.add(table(biases));
        }
        return tables;
    }

    /** @return a heading cell: a symbol's letter (a word, such as "example", is set upright) and its index */
    private static Map<String, Object> head(String letter, String index) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("letter", letter);
        cell.put("index", index);
        cell.put("word", letter.length() > 1);
        return cell;
    }

    /** @return a one-row table of the cells' symbols and values */
    private static Map<String, Object> table(List<Map<String, Object>> cells) {
        return Map.of("head", cells, "rows", List.of(cells.stream().map(c -> (String) c.get("value")).toList()));
    }

    /**
     * @return a part as the paper prints it; the key's adds whether each option is right and why not,
     *     the answer, the worked steps and the common wrong answers. A paper's model holds no answer,
     *     so that no template can print one on a student's paper.
     */
    private Map<String, Object> part(Part part, Kind kind) {
        boolean key = kind == Kind.KEY;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("label", part.label());
        p.put("marks", part.marks());
        p.put("prompt", segments(part.promptAsked(true)));
        List<Map<String, Object>> options = new ArrayList<>();
        if (part.answer() instanceof Answer.Choice choice) {
            for (Option option : choice.options()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("label", option.label());
                o.put("text", segments(option.markup()));
                if (key) {
                    o.put("correct", option.correct());
                    o.put("why", option.whyWrong());
                }
                options.add(o);
            }
        }
        p.put("options", options);
        p.put("space", part.answer() instanceof Answer.Text ? 6 : options.isEmpty() ? 3 : 0);
        if (key) {
            p.put("answer", answer(part.answer()));
            p.put("steps", steps(part));
            p.put("mistakes", mistakes(part.answer()));
        }
        return p;
    }

    private static boolean sameTable(Part cell, Part part) {
        return part.cell().isPresent() && part.cell().get().table().equals(cell.cell().orElseThrow().table());
    }

    /**
     * @return a table part as one part whose cells are laid out in its table, row by row: on the paper a box to fill in
     *     each, in the key each cell's answer and accepted range, then the working of the whole table, each step once
     */
    private Map<String, Object> tablePart(List<Part> cells, Kind kind) {
        boolean key = kind == Kind.KEY;
        Part.Cell first = cells.get(0).cell().orElseThrow();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("label", first.table());
        p.put("marks", cells.stream().mapToInt(Part::marks).sum());
        p.put("prompt", segments(cells.get(0).tableTextAsked(true)));
        p.put("options", List.of());
        p.put("space", 0);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> row = null;
        for (Part cell : cells) {
            Part.Cell place = cell.cell().orElseThrow();
            if (place.column() == 0) {
                row = new LinkedHashMap<>();
                row.put("heading", segments(place.row()));
                row.put("cells", new ArrayList<Map<String, Object>>());
                rows.add(row);
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("label", cell.label());
            c.put("marks", cell.marks());
            if (key) {
                c.put("answer", answer(cell.answer()));
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rowCells = (List<Map<String, Object>>) row.get("cells");
            rowCells.add(c);
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("columns", first.columns().stream().map(this::segments).toList());
        table.put("rows", rows);
        p.put("table", table);
        if (key) {
            Set<String> seen = new LinkedHashSet<>();
            cells.forEach(cell -> seen.addAll(cell.steps()));
            p.put("steps", seen.stream().map(step -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("text", segments(step));
                s.put("marks", 0);
                return s;
            }).toList());
            p.put("mistakes", List.of());
        }
        return p;
    }

    private List<Map<String, Object>> steps(Part part) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int s = 0; s < part.steps().size(); s++) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("text", segments(part.steps().get(s)));
            step.put("marks", stepMarks(part.marks(), part.steps().size(), s));
            steps.add(step);
        }
        return steps;
    }

    private static List<Map<String, Object>> mistakes(Answer answer) {
        if (!(answer instanceof Answer.Numeric numeric)) {
            return List.of();
        }
        List<Map<String, Object>> mistakes = new ArrayList<>();
        numeric.mistakes().forEach(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("display", numeric.rule().format(d.value()));
            m.put("why", d.mistake().description());
            mistakes.add(m);
        });
        return mistakes;
    }

    /** The last step earns the answer mark, the one before it the method marks; earlier steps lead there. */
    private static int stepMarks(int marks, int steps, int index) {
        if (index == steps - 1) {
            return steps == 1 ? marks : 1;
        }
        return index == steps - 2 ? marks - 1 : 0;
    }

    private Map<String, Object> answer(Answer answer) {
        Map<String, Object> a = new LinkedHashMap<>();
        if (answer instanceof Answer.Numeric numeric) {
            a.put("type", "numeric");
            a.put("display", numeric.display());
            a.put("tolerance", numeric.toleranceText());
            a.put("rule", numeric.rule().describe());
            a.put("exact", numeric.exactText());
        } else if (answer instanceof Answer.Choice choice) {
            a.put("type", "choice");
            a.put("display", choice.correctLabel());
            a.put("tolerance", "");
            a.put("exact", "");
        } else {
            Answer.Text text = (Answer.Text) answer;
            a.put("type", "text");
            a.put("display", "see the model answer");
            a.put("tolerance", "");
            a.put("exact", "");
            a.put("model", segments(text.modelAnswer()));
            a.put("points", text.markingPoints().stream().map(this::segments).toList());
        }
        return a;
    }

    /**
     * @return markup as segment maps for a template; prose is further split where DejaVu lacks the
     *     glyphs (a name such as 李雷), so that the template can set those runs in their script's font
     */
    private List<Map<String, Object>> segments(String markup) {
        List<Map<String, Object>> segments = new ArrayList<>();
        for (Segment segment : Segment.of(markup)) {
            if (segment.math()) {
                Map<String, Object> math = segment(true, Optional.empty(), segment.text(), segment.plain());
                math.put("after", segment.after());
                if (medium == Medium.PDF) {
                    math.put("pieces", pieces(segment));
                }
                segments.add(math);
            } else {
                segments.addAll(prose(segment.text()));
            }
        }
        return segments;
    }

    /**
     * @return the formula in the pieces a line may break between, each with its plain reading, for
     *     the PDF; a formula shorter than half a line is kept whole and moves to the next line entire, as a word does
     */
    private static List<Map<String, Object>> pieces(Segment math) {
        List<String> pieces = math.plain().length() < UNBROKEN_FORMULA ? List.of(math.text()) : MathBreaks.pieces(math.text());
        if (pieces.size() == 1) {
            return List.of(Map.of("tex", math.text(), "plain", math.plain()));
        }
        return pieces.stream().<Map<String, Object>>map(piece -> Map.of("tex", piece, "plain", TexText.mathToPlain(piece))).toList();
    }

    /** @return text taken as it is written (a student's name: no maths in it), in runs of one script's font each */
    static List<Map<String, Object>> prose(String text) {
        return ScriptFont.runs(text).stream().map(run -> segment(false, run.font(), run.text(), run.text())).toList();
    }

    /** @param font the font of a run in a script DejaVu lacks, named by its class */
    private static Map<String, Object> segment(boolean math, Optional<ScriptFont> font, String text, String plain) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("math", math);
        font.ifPresent(f -> {
            s.put("script", f.cssClass());
            if (f.shaped()) {
                s.put("shaped", true);
            }
        });
        s.put("text", text);
        s.put("plain", plain);
        return s;
    }
}
