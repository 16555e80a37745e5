package examgen.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import examgen.explain.TexText;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Part;
import examgen.paper.Variant;

/**
 * A paper's variants as an IMS QTI 2.1 content package: a zip of {@code imsmanifest.xml} and one
 * {@code assessmentItem} per variant. Every part is its own response — a float scored by response
 * processing between explicit lower and upper bounds, a choice matched against its correct
 * identifier, or an extended text left to a marker — and the part scores are summed into SCORE.
 * Text is the plain Unicode reading of the maths, which every player shows.
 */
public final class QtiPackage {

    public static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** A fixed time for every zip entry, so that the same variants make the same bytes. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(1767225600000L);

    private QtiPackage() {
    }

    /** @return an item's file name in the package: {@code items/<id>.xml} */
    private static String itemFile(Variant variant) {
        return "items/" + identifier(variant) + ".xml";
    }

    /** @return the manifest listing the items as resources of type imsqti_item_xmlv2p1 */
    public static String manifest(String packageId, Iterable<String> itemFiles) {
        return write(xml -> {
            xml.writeStartElement("manifest");
            xml.writeDefaultNamespace(CP);
            xml.writeAttribute("identifier", "MANIFEST-" + packageId);
            xml.writeEmptyElement("organizations");
            xml.writeStartElement("resources");
            int n = 0;
            for (String file : itemFiles) {
                xml.writeStartElement("resource");
                xml.writeAttribute("identifier", "RES-" + (++n));
                xml.writeAttribute("type", "imsqti_item_xmlv2p1");
                xml.writeAttribute("href", file);
                xml.writeEmptyElement("file");
                xml.writeAttribute("href", file);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** Writes the zip into {@code out}, the manifest first, then every item, each made as it is written. */
    public static void zip(OutputStream out, String packageId, List<Variant> variants) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "imsmanifest.xml", manifest(packageId, variants.stream().map(QtiPackage::itemFile).toList()));
        for (Variant variant : variants) {
            entry(zip, itemFile(variant), item(variant, identifier(variant)));
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String identifier(Variant variant) {
        return variant.questionId() + "-" + Long.toUnsignedString(variant.seed(), 36);
    }

    private static String item(Variant variant, String id) {
        return write(xml -> {
            xml.writeStartElement("assessmentItem");
            xml.writeDefaultNamespace(QTI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
            xml.writeAttribute("identifier", id);
            xml.writeAttribute("title", variant.title());
            xml.writeAttribute("adaptive", "false");
            xml.writeAttribute("timeDependent", "false");
            for (Part part : variant.parts()) {
                declareResponse(xml, part);
            }
            declareOutcome(xml, "SCORE", "0");
            declareOutcome(xml, "MAXSCORE", Integer.toString(variant.totalMarks()));
            xml.writeStartElement("itemBody");
            paragraph(xml, TexText.toPlain(variant.stem()));
            for (Part part : variant.parts()) {
                interaction(xml, part);
            }
            xml.writeEndElement();
            xml.writeStartElement("responseProcessing");
            for (Part part : variant.parts()) {
                scoring(xml, part);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
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
            element(xml, "value", MoodleXml.number(numeric.value()));
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

    private static void interaction(XMLStreamWriter xml, Part part) throws XMLStreamException {
        String prompt = "(" + part.label() + ") " + TexText.toPlain(part.prompt()) + " [" + part.marks() + "]";
        if (part.answer() instanceof Answer.Choice choice) {
            xml.writeStartElement("choiceInteraction");
            xml.writeAttribute("responseIdentifier", response(part));
            xml.writeAttribute("shuffle", "false");
            xml.writeAttribute("maxChoices", "1");
            element(xml, "prompt", prompt);
            for (Option option : choice.options()) {
                xml.writeStartElement("simpleChoice");
                xml.writeAttribute("identifier", option.label());
                xml.writeCharacters(TexText.toPlain(option.markup()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return;
        }
        xml.writeStartElement("p");
        xml.writeCharacters(prompt + " ");
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

    /** Adds the part's marks to SCORE when its response is right; a written part is left to a marker. */
    private static void scoring(XMLStreamWriter xml, Part part) throws XMLStreamException {
        if (part.answer() instanceof Answer.Text) {
            return;
        }
        xml.writeStartElement("responseCondition");
        xml.writeStartElement("responseIf");
        if (part.answer() instanceof Answer.Numeric numeric) {
            xml.writeStartElement("and");
            comparison(xml, "gte", part, MoodleXml.number(numeric.value().subtract(numeric.tolerance())));
            comparison(xml, "lte", part, MoodleXml.number(numeric.value().add(numeric.tolerance())));
            xml.writeEndElement();
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
        xml.writeStartElement("baseValue");
        xml.writeAttribute("baseType", "float");
        xml.writeCharacters(Integer.toString(part.marks()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void comparison(XMLStreamWriter xml, String operator, Part part, String bound) throws XMLStreamException {
        xml.writeStartElement(operator);
        xml.writeEmptyElement("variable");
        xml.writeAttribute("identifier", response(part));
        xml.writeStartElement("baseValue");
        xml.writeAttribute("baseType", "float");
        xml.writeCharacters(bound);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter xml, String text) throws XMLStreamException {
        element(xml, "p", text);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("QTI could not be written: " + e.getMessage(), e);
        }
        return text + "\n";
    }
}
