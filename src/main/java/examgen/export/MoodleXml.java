package examgen.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import examgen.generate.Distractor;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Part;
import examgen.paper.Variant;
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
 * Moodle's MathJax filter; figures go in as SVG files referenced through {@code @@PLUGINFILE@@}.
 */
public final class MoodleXml {

    /** One slot of the paper with its variants. */
    public record Slot(int number, String title, List<Variant> variants) {
    }

    private static final MathContext DIGITS = new MathContext(20);
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
        switch (type) {
            case "cloze" -> parts.forEach(part -> html.append("<p>(").append(part.label()).append(") ").append(html(part.prompt()))
                    .append(" ").append(clozeField(part)).append("</p>"));
            case "essay" -> parts.forEach(part -> html.append("<p>(").append(part.label()).append(") ").append(html(part.prompt()))
                    .append(" [").append(part.marks()).append("]").append(optionsList(part)).append("</p>"));
            default -> html.append("<p>").append(html(parts.get(0).prompt())).append("</p>");
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
        xml.writeEndElement();
    }

    private static String fileName(Variant variant, int figure) {
        return variant.questionId() + "-" + Long.toUnsignedString(variant.seed(), 36) + "-" + (figure + 1) + ".svg";
    }

    /** A number as Moodle reads it: plain decimal digits, never E notation. */
    static String number(Real value) {
        return value.toBigDecimal().round(DIGITS).stripTrailingZeros().toPlainString();
    }

    private static void writeNumerical(XMLStreamWriter xml, Answer.Numeric answer) throws XMLStreamException {
        numericalAnswer(xml, "100", number(answer.value()), number(answer.tolerance()), "Right: " + answer.display() + ".");
        for (Distractor mistake : answer.mistakes()) {
            numericalAnswer(xml, "0", number(mistake.value()), number(answer.tolerance()), "Not quite: " + mistake.mistake().description() + ".");
        }
        numericalAnswer(xml, "0", "*", "0", "Not right: see the worked solution.");
        xml.writeStartElement("units");
        xml.writeEndElement();
        element(xml, "unitgradingtype", "0");
        element(xml, "unitpenalty", "0.1");
        element(xml, "showunits", "3");
        element(xml, "unitsleft", "0");
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
            html.append("<p>(").append(part.label()).append(") ").append(escape(answerText(part.answer()))).append("</p><ol>");
            part.steps().forEach(step -> html.append("<li>").append(html(step)).append("</li>"));
            html.append("</ol>");
        }
        return html.toString();
    }

    private static String answerText(Answer answer) {
        if (answer instanceof Answer.Numeric numeric) {
            return "Answer: " + numeric.display() + " (accepted within ±" + number(numeric.tolerance()) + ")";
        }
        if (answer instanceof Answer.Choice choice) {
            return "Answer: " + choice.correctLabel();
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

    /** One cloze field: the marks, the type, the right answer first, then every modelled mistake with its feedback. */
    private static String clozeField(Part part) {
        StringBuilder field = new StringBuilder("{").append(part.marks());
        if (part.answer() instanceof Answer.Numeric numeric) {
            String tolerance = number(numeric.tolerance());
            field.append(":NUMERICAL:=").append(number(numeric.value())).append(':').append(tolerance).append("#Right");
            for (Distractor mistake : numeric.mistakes()) {
                field.append("~%0%").append(number(mistake.value())).append(':').append(tolerance).append('#')
                        .append(clozeEscape("Not quite: " + mistake.mistake().description()));
            }
        } else {
            Answer.Choice choice = (Answer.Choice) part.answer();
            field.append(":MULTICHOICE:");
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
