package examgen.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import examgen.generate.Distractor;
import examgen.generate.Mistake;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.render.PracticeModel;
import examgen.render.Segment;
import examgen.render.SvgFigures;
import examgen.render.figure.Figure;
import examgen.render.figure.FigureFactory;

/**
 * A paper as Moodle XML (Moodle 4.x): one category per slot holding that slot's variants, so that a
 * quiz's "random question from category" gives every attempt its own numbers. A one-part numeric
 * question is a {@code numerical} question, a one-part choice a {@code multichoice}, several parts a
 * {@code cloze} question with a field per part, and anything with a written part an {@code essay}
 * with the model answers for the grader. Maths stays TeX between {@code \(} and {@code \)} for
 * Moodle's MathJax filter, so a choice whose options hold maths is a column of radio buttons (a
 * drop-down's options are plain text); figures go in as SVG files referenced through
 * {@code @@PLUGINFILE@@}, and a network question's numbers as its data tables.
 *
 * <p>What a student meets was checked in Moodle 4.5.6 ({@code ../shared/lms}): every numeric part says
 * how to round; the printed answer is the first right answer, which Moodle shows as "the correct
 * answer"; the worked solution states numbers as a student types them and choices by their text (Moodle
 * shuffles and re-letters options); hints for "interactive with multiple tries" name the modelled slips.
 */
public final class MoodleXml {

    /** One slot of the paper with its variants. */
    public record Slot(int number, String title, List<Variant> variants) {
    }

    private static final String PENALTY = "0.3333333";

    private MoodleXml() {
    }

    /**
     * Writes the Moodle XML of the slots, under the category {@code $course$/top/<category>}, as UTF-8
     * into {@code out} question by question: a thousand variants of a paper make 160 MB, which held
     * as one string ran out of the launcher's heap.
     */
    public static void write(OutputStream out, String category, List<Slot> slots) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            for (Slot slot : slots) {
                writeCategory(xml, "$course$/top/" + category + "/" + String.format(Locale.ROOT, "%02d", slot.number()) + " " + slot.title());
                for (int v = 0; v < slot.variants().size(); v++) {
                    writeQuestion(xml, slot.variants().get(v), slot.title() + " — variant " + (v + 1));
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Moodle XML could not be written: " + e.getMessage(), e);
        }
        text.write("\n");
        text.flush();
    }

    private static void writeCategory(XMLStreamWriter xml, String path) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", "category");
        xml.writeStartElement("category");
        element(xml, "text", path);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeQuestion(XMLStreamWriter xml, Variant variant, String name) throws XMLStreamException {
        List<Part> parts = variant.parts();
        boolean written = parts.stream().anyMatch(p -> p.answer() instanceof Answer.Text);
        String type = written ? "essay"
                : parts.size() > 1 ? "cloze"
                : parts.get(0).answer() instanceof Answer.Numeric ? "numerical" : "multichoice";
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", type);
        xml.writeStartElement("name");
        element(xml, "text", name);
        xml.writeEndElement();
        List<Figure> figures = FigureFactory.of(variant, false);
        StringBuilder html = new StringBuilder("<p>").append(html(variant.stem())).append("</p>");
        for (int f = 0; f < figures.size(); f++) {
            html.append("<p><img src=\"@@PLUGINFILE@@/").append(fileName(variant, f)).append("\" alt=\"")
                    .append(escape(figures.get(f).alt())).append("\" width=\"").append(Math.round(figures.get(f).width() * 4 / 3))
                    .append("\"></p>");
        }
        if (FigureFactory.isNetworkFamily(variant.generator())) {
            // Bootstrap's classes, which Moodle's themes style: a bordered, compact table as wide as its numbers
            html.append(PracticeModel.dataTablesHtml(variant, "table table-bordered table-sm w-auto"));
        }
        switch (type) {
            case "cloze" -> parts.forEach(part -> html.append("<p>(").append(part.label()).append(") ").append(html(part.promptAsked(false)))
                    .append(" ").append(clozeField(part)).append("</p>"));
            case "essay" -> parts.forEach(part -> html.append("<p>(").append(part.label()).append(") ").append(html(part.promptAsked(false)))
                    .append(" [").append(part.marks()).append("]").append(optionsList(part)).append("</p>"));
            default -> html.append("<p>").append(html(parts.get(0).promptAsked(false))).append("</p>");
        }
        xml.writeStartElement("questiontext");
        xml.writeAttribute("format", "html");
        cdata(xml, "text", html.toString());
        for (int f = 0; f < figures.size(); f++) {
            xml.writeStartElement("file");
            xml.writeAttribute("name", fileName(variant, f));
            xml.writeAttribute("path", "/");
            xml.writeAttribute("encoding", "base64");
            String svg = new SvgFigures().svg(figures.get(f), "figure" + (f + 1));
            xml.writeCharacters(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("generalfeedback");
        xml.writeAttribute("format", "html");
        cdata(xml, "text", solution(parts));
        xml.writeEndElement();
        element(xml, "defaultgrade", Integer.toString(variant.totalMarks()));
        element(xml, "penalty", type.equals("essay") ? "0" : PENALTY);
        element(xml, "hidden", "0");
        element(xml, "idnumber", variant.questionId() + "-" + Long.toUnsignedString(variant.seed(), 36));
        switch (type) {
            case "numerical" -> writeNumerical(xml, (Answer.Numeric) parts.get(0).answer());
            case "multichoice" -> writeMultichoice(xml, (Answer.Choice) parts.get(0).answer());
            case "essay" -> writeEssay(xml, parts);
            default -> {
            }
        }
        if (!type.equals("essay")) {
            for (String hint : hints(parts)) {
                writeHint(xml, hint);
            }
        }
        xml.writeEndElement();
    }

    /**
     * @return the hints of Moodle's "interactive with multiple tries", one more try for each: the slips the question
     *     models, each with the parts it may happen in, then (for numbers) how to keep rounding from costing the marks;
     *     a choice with no modelled slip gets advice that names no option, since its options' own reasons would
     */
    private static List<String> hints(List<Part> parts) {
        Map<String, List<String>> partsBySlip = new LinkedHashMap<>();
        for (Part part : parts) {
            Stream<Mistake> modelled = part.answer() instanceof Answer.Numeric numeric
                    ? numeric.mistakes().stream().map(Distractor::mistake)
                    : part.answer() instanceof Answer.Choice choice ? choice.options().stream().flatMap(o -> o.mistake().stream())
                    : Stream.empty();
            modelled.map(Mistake::description).distinct()
                    .forEach(slip -> partsBySlip.computeIfAbsent(slip, s -> new ArrayList<>()).add(part.label()));
        }
        List<String> hints = new ArrayList<>();
        if (!partsBySlip.isEmpty()) {
            List<String> slips = new ArrayList<>();
            partsBySlip.forEach((slip, labels) -> slips.add(slip + (parts.size() > 1 ? " (" + String.join(", ", labels) + ")" : "")));
            hints.add("Check your working for the slips this question is built to catch: " + String.join("; ", slips) + ".");
        }
        if (parts.stream().anyMatch(part -> part.answer() instanceof Answer.Numeric)) {
            hints.add("Keep at least six significant figures in every intermediate result, and round only the final answer, "
                    + "to the precision the part asks for.");
        } else if (hints.isEmpty()) {
            // no slip to name: still a second try, with advice that gives nothing away
            hints.add("Work the answer out from the question's numbers before you look at the options again: "
                    + "each wrong option is what a common slip gives.");
        }
        return hints;
    }

    private static void writeHint(XMLStreamWriter xml, String hint) throws XMLStreamException {
        xml.writeStartElement("hint");
        xml.writeAttribute("format", "html");
        cdata(xml, "text", "<p>" + escape(hint) + "</p>");
        // a cloze question's wrong fields are cleared for the next try, and the student told how many are right
        xml.writeEmptyElement("shownumcorrect");
        xml.writeEmptyElement("clearwrong");
        xml.writeEndElement();
    }

    private static String fileName(Variant variant, int figure) {
        return variant.questionId() + "-" + Long.toUnsignedString(variant.seed(), 36) + "-" + (figure + 1) + ".svg";
    }

    private static void writeNumerical(XMLStreamWriter xml, Answer.Numeric answer) throws XMLStreamException {
        String right = "Right: " + answer.typed() + ".";
        String tolerance = PlatformNumbers.number(answer.tolerance());
        for (AcceptedValue accepted : accepted(answer)) {
            numericalAnswer(xml, "100", accepted.value(), accepted.tolerance(), right);
        }
        for (Distractor mistake : answer.mistakes()) {
            numericalAnswer(xml, "0", PlatformNumbers.number(mistake.value()), tolerance, "Not quite: " + mistake.mistake().description() + ".");
        }
        numericalAnswer(xml, "0", "*", "0", "Not right: see the worked solution.");
        xml.writeStartElement("units");
        xml.writeEndElement();
        element(xml, "unitgradingtype", "0");
        element(xml, "unitpenalty", "0.1");
        element(xml, "showunits", "3");
        element(xml, "unitsleft", "0");
    }

    /** One right answer as Moodle stores it: a value and the tolerance around it. */
    private record AcceptedValue(String value, String tolerance) {
    }

    /**
     * @return the right answers Moodle is given: the printed answer first, since Moodle shows its first right answer
     *     to a student as "the correct answer"; then, where the exact value differs, the exact value with the key's
     *     tolerance, which accepts what the key accepts (the printed answer lies inside it)
     */
    private static List<AcceptedValue> accepted(Answer.Numeric answer) {
        String tolerance = PlatformNumbers.number(answer.tolerance());
        if (Real.parse(answer.typed()).compareTo(answer.value()) == 0) {
            return List.of(new AcceptedValue(answer.typed(), tolerance));
        }
        return List.of(new AcceptedValue(answer.typed(), "0"), new AcceptedValue(PlatformNumbers.number(answer.value()), tolerance));
    }

    private static void numericalAnswer(XMLStreamWriter xml, String fraction, String value, String tolerance, String feedback)
            throws XMLStreamException {
        xml.writeStartElement("answer");
        xml.writeAttribute("fraction", fraction);
        xml.writeAttribute("format", "moodle_auto_format");
        element(xml, "text", value);
        element(xml, "tolerance", tolerance);
        xml.writeStartElement("feedback");
        xml.writeAttribute("format", "html");
        cdata(xml, "text", escape(feedback));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeMultichoice(XMLStreamWriter xml, Answer.Choice choice) throws XMLStreamException {
        element(xml, "single", "true");
        element(xml, "shuffleanswers", "true");
        element(xml, "answernumbering", "ABCD");
        for (Option option : choice.options()) {
            xml.writeStartElement("answer");
            xml.writeAttribute("fraction", option.correct() ? "100" : "0");
            xml.writeAttribute("format", "html");
            cdata(xml, "text", html(option.markup()));
            xml.writeStartElement("feedback");
            xml.writeAttribute("format", "html");
            cdata(xml, "text", option.correct() ? "Right." : "Not right: " + escape(option.whyWrong()) + ".");
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private static void writeEssay(XMLStreamWriter xml, List<Part> parts) throws XMLStreamException {
        element(xml, "responseformat", "editor");
        element(xml, "responserequired", "1");
        element(xml, "responsefieldlines", "15");
        xml.writeStartElement("graderinfo");
        xml.writeAttribute("format", "html");
        cdata(xml, "text", solution(parts));
        xml.writeEndElement();
    }

    /** The worked solution of every part, for the feedback and the grader. */
    private static String solution(List<Part> parts) {
        StringBuilder html = new StringBuilder();
        for (Part part : parts) {
            html.append("<p>(").append(part.label()).append(") ").append(answerText(part.answer())).append("</p><ol>");
            part.steps().forEach(step -> html.append("<li>").append(html(step)).append("</li>"));
            html.append("</ol>");
        }
        return html.toString();
    }

    /** @return the answer as the worked solution states it: a number as a student types it, a choice by its text */
    private static String answerText(Answer answer) {
        if (answer instanceof Answer.Numeric numeric) {
            return PlatformNumbers.stated(numeric);
        }
        if (answer instanceof Answer.Choice choice) {
            // never the letter: Moodle shuffles a multichoice question's options and letters them as shown
            return "Answer: " + html(choice.options().stream().filter(Option::correct).findFirst().orElseThrow().markup());
        }
        return "Model answer and marking points below.";
    }

    private static String optionsList(Part part) {
        if (!(part.answer() instanceof Answer.Choice choice)) {
            return "";
        }
        StringBuilder list = new StringBuilder("<br>");
        choice.options().forEach(o -> list.append(o.label()).append(". ").append(html(o.markup())).append("<br>"));
        return list.toString();
    }

    /**
     * One cloze field: the marks, the type, the right answers first, then every modelled mistake with its feedback. A
     * choice whose options hold maths is a column of radio buttons, which Moodle's filters typeset; a drop-down's
     * options are plain text, so only a choice without maths is one.
     */
    private static String clozeField(Part part) {
        StringBuilder field = new StringBuilder("{").append(part.marks());
        if (part.answer() instanceof Answer.Numeric numeric) {
            String tolerance = PlatformNumbers.number(numeric.tolerance());
            field.append(":NUMERICAL:");
            List<AcceptedValue> right = accepted(numeric);
            for (int i = 0; i < right.size(); i++) {
                field.append(i == 0 ? "=" : "~=").append(right.get(i).value()).append(':').append(right.get(i).tolerance())
                        .append("#Right");
            }
            for (Distractor mistake : numeric.mistakes()) {
                field.append("~%0%").append(PlatformNumbers.number(mistake.value())).append(':').append(tolerance).append('#')
                        .append(clozeEscape("Not quite: " + mistake.mistake().description()));
            }
        } else {
            Answer.Choice choice = (Answer.Choice) part.answer();
            boolean maths = choice.options().stream().anyMatch(option -> Segment.of(option.markup()).stream().anyMatch(Segment::math));
            field.append(maths ? ":MULTICHOICE_V:" : ":MULTICHOICE:");
            for (int i = 0; i < choice.options().size(); i++) {
                Option option = choice.options().get(i);
                field.append(i == 0 ? "" : "~").append(option.correct() ? "=" : "%0%").append(clozeEscape(html(option.markup())))
                        .append('#').append(clozeEscape(option.correct() ? "Right" : "Not right: " + option.whyWrong()));
            }
        }
        return field.append('}').toString();
    }

    /**
     * Escapes what ends a cloze answer or its feedback, as Moodle's parser reads them back
     * ({@code qtype_multianswer_extract_question}): it ends an answer at an unescaped {@code ~ # }} and a feedback at
     * {@code ~ }}, and undoes only {@code \\}} and {@code \\#}. So {@code }} and {@code #} are escaped; a {@code ~},
     * which no escape would give back, becomes a space (TeX's tie is one); a backslash, a slash and a quote stay as they
     * are, since an escape of them would stay too ({@code ∂E\\/∂w} in front of a student).
     */
    static String clozeEscape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '~') {
                escaped.append(' ');
                continue;
            }
            if (c == '}' || c == '#') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** @return markup as HTML: prose escaped, maths kept between {@code \(} and {@code \)} for MathJax */
    static String html(String markup) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : Segment.of(markup)) {
            html.append(segment.math() ? "\\(" + escape(segment.text()) + "\\)" + escape(segment.after()) : escape(segment.text()));
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void cdata(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        // a CDATA section cannot hold "]]>": split it across two sections
        String[] pieces = text.split("]]>", -1);
        for (int i = 0; i < pieces.length; i++) {
            xml.writeCData(i < pieces.length - 1 ? pieces[i] + "]]" : pieces[i]);
            if (i < pieces.length - 1) {
                xml.writeCData(">");
            }
        }
        xml.writeEndElement();
    }
}
