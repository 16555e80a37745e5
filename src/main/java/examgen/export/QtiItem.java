package examgen.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import examgen.generate.Distractor;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.render.PageModel;
import examgen.render.Segment;
import examgen.render.TexMathMl;
import examgen.render.figure.Figure;
import examgen.render.figure.FigureFactory;

/**
 * One variant as a QTI 2.1 {@code assessmentItem}: the stem, its figures (files of the package, each with its text
 * alternative), its data tables and its parts, maths as MathML. Every part is its own response — a float scored between
 * explicit lower and upper bounds, a choice matched against its correct identifier, or an extended text left to a
 * marker — and the part scores are summed into SCORE. After a submission FEEDBACK holds the worked solution and every
 * modelled mistake the response matches, each shown as a {@code modalFeedback}.
 */
final class QtiItem {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** The QTI schema's bound on an image's {@code alt} ({@code string256}). */
    private static final int LONGEST_ALT = 256;
    private static final String SOLUTION = "SOLUTION";

    private final Variant variant;

    private QtiItem(Variant variant) {
        this.variant = variant;
    }

    /**
     * Writes the item.
     *
     * @param figureFiles each figure's path from the item's own file ({@code ../images/…svg})
     */
    static void write(XMLStreamWriter xml, Variant variant, String identifier, List<Figure> figures, List<String> figureFiles)
            throws XMLStreamException {
        new QtiItem(variant).item(xml, identifier, figures, figureFiles);
    }

    private void item(XMLStreamWriter xml, String identifier, List<Figure> figures, List<String> figureFiles) throws XMLStreamException {
        xml.writeStartElement("assessmentItem");
        xml.writeDefaultNamespace(QTI);
        xml.writeNamespace("m", TexMathMl.NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        xml.writeAttribute("identifier", identifier);
        xml.writeAttribute("title", variant.title());
        xml.writeAttribute("adaptive", "false");
        xml.writeAttribute("timeDependent", "false");
        for (Part part : variant.parts()) {
            declareResponse(xml, part);
        }
        declareOutcome(xml, "SCORE", "0");
        declareOutcome(xml, "MAXSCORE", Integer.toString(variant.totalMarks()));
        xml.writeStartElement("outcomeDeclaration");
        xml.writeAttribute("identifier", "FEEDBACK");
        xml.writeAttribute("cardinality", "multiple");
        xml.writeAttribute("baseType", "identifier");
        xml.writeEndElement();
        xml.writeStartElement("itemBody");
        block(xml, "p", variant.stem());
        for (int f = 0; f < figures.size(); f++) {
            xml.writeStartElement("p");
            xml.writeEmptyElement("img");
            xml.writeAttribute("src", figureFiles.get(f));
            xml.writeAttribute("alt", alt(figures.get(f).alt()));
            xml.writeAttribute("width", Long.toString(Math.round(figures.get(f).width() * 4 / 3)));
            xml.writeEndElement();
        }
        dataTables(xml);
        for (Part part : variant.parts()) {
            interaction(xml, part);
        }
        xml.writeEndElement();
        xml.writeStartElement("responseProcessing");
        for (Part part : variant.parts()) {
            scoring(xml, part);
            mistakes(xml, part);
        }
        addFeedback(xml, SOLUTION);
        xml.writeEndElement();
        for (Part part : variant.parts()) {
            mistakeFeedback(xml, part);
        }
        solution(xml);
        xml.writeEndElement();
    }

    /** @return a text alternative within the schema's bound, cut after its last whole clause that fits */
    private static String alt(String text) {
        if (text.length() <= LONGEST_ALT) {
            return text;
        }
        int cut = text.lastIndexOf("; ", LONGEST_ALT - 2);
        return (cut > 0 ? text.substring(0, cut) : text.substring(0, LONGEST_ALT - 1)) + "…";
    }

    private static String response(Part part) {
        return "RESPONSE_" + part.label().toUpperCase(Locale.ROOT);
    }

    private static void declareResponse(XMLStreamWriter xml, Part part) throws XMLStreamException {
        xml.writeStartElement("responseDeclaration");
        xml.writeAttribute("identifier", response(part));
        xml.writeAttribute("cardinality", "single");
        if (part.answer() instanceof Answer.Numeric numeric) {
            xml.writeAttribute("baseType", "float");
            xml.writeStartElement("correctResponse");
            element(xml, "value", numeric.typed());
            xml.writeEndElement();
        } else if (part.answer() instanceof Answer.Choice choice) {
            xml.writeAttribute("baseType", "identifier");
            xml.writeStartElement("correctResponse");
            element(xml, "value", choice.correctLabel());
            xml.writeEndElement();
        } else {
            xml.writeAttribute("baseType", "string");
        }
        xml.writeEndElement();
    }

    private static void declareOutcome(XMLStreamWriter xml, String identifier, String value) throws XMLStreamException {
        xml.writeStartElement("outcomeDeclaration");
        xml.writeAttribute("identifier", identifier);
        xml.writeAttribute("cardinality", "single");
        xml.writeAttribute("baseType", "float");
        xml.writeStartElement("defaultValue");
        element(xml, "value", value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The network question's numbers as the paper prints them: a head of symbols over a row of values. */
    @SuppressWarnings("unchecked")
    private void dataTables(XMLStreamWriter xml) throws XMLStreamException {
        if (!FigureFactory.isNetworkFamily(variant.generator())) {
            return;
        }
        for (Map<String, Object> table : PageModel.dataTables(variant)) {
            xml.writeStartElement("table");
            xml.writeStartElement("tbody");
            xml.writeStartElement("tr");
            for (Map<String, Object> cell : (List<Map<String, Object>>) table.get("head")) {
                xml.writeStartElement("th");
                element(xml, (Boolean) cell.get("word") ? "span" : "i", (String) cell.get("letter"));
                if (!((String) cell.get("index")).isEmpty()) {
                    element(xml, "sub", (String) cell.get("index"));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            for (List<String> row : (List<List<String>>) table.get("rows")) {
                xml.writeStartElement("tr");
                for (String value : row) {
                    element(xml, "td", value);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private static void interaction(XMLStreamWriter xml, Part part) throws XMLStreamException {
        String prompt = part.promptAsked(false);
        if (part.answer() instanceof Answer.Choice choice) {
            xml.writeStartElement("choiceInteraction");
            xml.writeAttribute("responseIdentifier", response(part));
            xml.writeAttribute("shuffle", "false");
            xml.writeAttribute("maxChoices", "1");
            xml.writeStartElement("prompt");
            labelled(xml, part, prompt);
            xml.writeEndElement();
            for (Option option : choice.options()) {
                xml.writeStartElement("simpleChoice");
                xml.writeAttribute("identifier", option.label());
                flow(xml, option.markup());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return;
        }
        xml.writeStartElement("p");
        labelled(xml, part, prompt);
        xml.writeCharacters(" ");
        if (part.answer() instanceof Answer.Numeric) {
            xml.writeEmptyElement("textEntryInteraction");
            xml.writeAttribute("responseIdentifier", response(part));
            xml.writeAttribute("expectedLength", "12");
            xml.writeEndElement();
        } else {
            xml.writeEndElement();
            xml.writeEmptyElement("extendedTextInteraction");
            xml.writeAttribute("responseIdentifier", response(part));
            xml.writeAttribute("expectedLines", "8");
        }
    }

    /** A part's prompt as printed: its label, its text, its marks. */
    private static void labelled(XMLStreamWriter xml, Part part, String prompt) throws XMLStreamException {
        xml.writeCharacters("(" + part.label() + ") ");
        flow(xml, prompt);
        xml.writeCharacters(" [" + part.marks() + "]");
    }

    /** Adds the part's marks to SCORE when its response is right; a written part is left to a marker. */
    private static void scoring(XMLStreamWriter xml, Part part) throws XMLStreamException {
        if (part.answer() instanceof Answer.Text) {
            return;
        }
        xml.writeStartElement("responseCondition");
        xml.writeStartElement("responseIf");
        if (part.answer() instanceof Answer.Numeric numeric) {
            between(xml, part, numeric.value().subtract(numeric.tolerance()), numeric.value().add(numeric.tolerance()));
        } else {
            xml.writeStartElement("match");
            xml.writeEmptyElement("variable");
            xml.writeAttribute("identifier", response(part));
            xml.writeEmptyElement("correct");
            xml.writeAttribute("identifier", response(part));
            xml.writeEndElement();
        }
        xml.writeStartElement("setOutcomeValue");
        xml.writeAttribute("identifier", "SCORE");
        xml.writeStartElement("sum");
        xml.writeEmptyElement("variable");
        xml.writeAttribute("identifier", "SCORE");
        baseValue(xml, "float", Integer.toString(part.marks()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Adds to FEEDBACK each modelled mistake the response matches: a number in its range, or a wrong option chosen. */
    private static void mistakes(XMLStreamWriter xml, Part part) throws XMLStreamException {
        if (part.answer() instanceof Answer.Numeric numeric) {
            for (int i = 0; i < numeric.mistakes().size(); i++) {
                Distractor mistake = numeric.mistakes().get(i);
                xml.writeStartElement("responseCondition");
                xml.writeStartElement("responseIf");
                between(xml, part, mistake.value().subtract(numeric.tolerance()), mistake.value().add(numeric.tolerance()));
                addFeedback(xml, mistakeId(part, Integer.toString(i + 1)));
                xml.writeEndElement();
                xml.writeEndElement();
            }
        } else if (part.answer() instanceof Answer.Choice choice) {
            for (Option option : choice.options()) {
                if (option.correct()) {
                    continue;
                }
                xml.writeStartElement("responseCondition");
                xml.writeStartElement("responseIf");
                xml.writeStartElement("match");
                xml.writeEmptyElement("variable");
                xml.writeAttribute("identifier", response(part));
                baseValue(xml, "identifier", option.label());
                xml.writeEndElement();
                addFeedback(xml, mistakeId(part, option.label()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
    }

    private static String mistakeId(Part part, String which) {
        return "MISTAKE_" + part.label().toUpperCase(Locale.ROOT) + "_" + which;
    }

    private static void between(XMLStreamWriter xml, Part part, Real low, Real high) throws XMLStreamException {
        xml.writeStartElement("and");
        comparison(xml, "gte", part, PlatformNumbers.number(low));
        comparison(xml, "lte", part, PlatformNumbers.number(high));
        xml.writeEndElement();
    }

    private static void addFeedback(XMLStreamWriter xml, String identifier) throws XMLStreamException {
        xml.writeStartElement("setOutcomeValue");
        xml.writeAttribute("identifier", "FEEDBACK");
        xml.writeStartElement("multiple");
        xml.writeEmptyElement("variable");
        xml.writeAttribute("identifier", "FEEDBACK");
        baseValue(xml, "identifier", identifier);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void mistakeFeedback(XMLStreamWriter xml, Part part) throws XMLStreamException {
        if (part.answer() instanceof Answer.Numeric numeric) {
            for (int i = 0; i < numeric.mistakes().size(); i++) {
                feedback(xml, mistakeId(part, Integer.toString(i + 1)), part,
                        "Not quite: " + numeric.mistakes().get(i).mistake().description() + ".");
            }
        } else if (part.answer() instanceof Answer.Choice choice) {
            for (Option option : choice.options()) {
                if (!option.correct()) {
                    feedback(xml, mistakeId(part, option.label()), part, "Not right: " + option.whyWrong() + ".");
                }
            }
        }
    }

    /** A mistake's feedback, its part named in the text too: a player need not show the title. */
    private static void feedback(XMLStreamWriter xml, String identifier, Part part, String text) throws XMLStreamException {
        xml.writeStartElement("modalFeedback");
        xml.writeAttribute("outcomeIdentifier", "FEEDBACK");
        xml.writeAttribute("identifier", identifier);
        xml.writeAttribute("showHide", "show");
        xml.writeAttribute("title", "(" + part.label() + ")");
        block(xml, "p", "(" + part.label() + ") " + text);
        xml.writeEndElement();
    }

    /** The worked solution of every part: the answer as a student types it, then the steps. */
    private void solution(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("modalFeedback");
        xml.writeAttribute("outcomeIdentifier", "FEEDBACK");
        xml.writeAttribute("identifier", SOLUTION);
        xml.writeAttribute("showHide", "show");
        xml.writeAttribute("title", "Worked solution");
        for (Part part : variant.parts()) {
            xml.writeStartElement("p");
            xml.writeCharacters("(" + part.label() + ") ");
            if (part.answer() instanceof Answer.Numeric numeric) {
                xml.writeCharacters(PlatformNumbers.stated(numeric));
            } else if (part.answer() instanceof Answer.Choice choice) {
                xml.writeCharacters("Answer: " + choice.correctLabel() + ", ");
                flow(xml, choice.options().stream().filter(Option::correct).findFirst().orElseThrow().markup());
            } else {
                xml.writeCharacters("Model answer and marking points:");
            }
            xml.writeEndElement();
            xml.writeStartElement("ol");
            for (String step : part.steps()) {
                block(xml, "li", step);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void comparison(XMLStreamWriter xml, String operator, Part part, String bound) throws XMLStreamException {
        xml.writeStartElement(operator);
        xml.writeEmptyElement("variable");
        xml.writeAttribute("identifier", response(part));
        baseValue(xml, "float", bound);
        xml.writeEndElement();
    }

    private static void baseValue(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement("baseValue");
        xml.writeAttribute("baseType", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** An element holding markup: prose as text, maths as MathML. */
    private static void block(XMLStreamWriter xml, String name, String markup) throws XMLStreamException {
        xml.writeStartElement(name);
        flow(xml, markup);
        xml.writeEndElement();
    }

    private static void flow(XMLStreamWriter xml, String markup) throws XMLStreamException {
        for (Segment segment : Segment.of(markup)) {
            if (segment.math()) {
                TexMathMl.write(xml, segment.text());
                xml.writeCharacters(segment.after());
            } else {
                xml.writeCharacters(segment.text());
            }
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
