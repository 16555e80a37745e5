package examgen.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import examgen.paper.Variant;
import examgen.render.SvgFigures;
import examgen.render.figure.Figure;
import examgen.render.figure.FigureFactory;

/**
 * A paper's variants as an IMS QTI 2.1 content package: a zip of {@code imsmanifest.xml}, one
 * {@code assessmentItem} per variant ({@link QtiItem}) and its figures as SVG files, each listed in the manifest as a
 * resource of its own on which its item depends, so that a platform that imports the package brings them along.
 */
public final class QtiPackage {

    public static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    /** A fixed time for every zip entry, so that the same variants make the same bytes. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(1767225600000L);

    private QtiPackage() {
    }

    /** An item of the package: its file and the files of its figures. */
    record ItemFiles(String item, List<String> figures) {
    }

    /** Writes the zip into {@code out}, the manifest first, then every item with its figures, each made as it is written. */
    public static void zip(OutputStream out, String packageId, List<Variant> variants) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<List<Figure>> figures = new ArrayList<>();
        List<ItemFiles> files = new ArrayList<>();
        for (Variant variant : variants) {
            // the figures' models, not yet drawn: the manifest, written first, lists their files
            List<Figure> shown = FigureFactory.of(variant, false);
            figures.add(shown);
            List<String> names = new ArrayList<>();
            for (int f = 0; f < shown.size(); f++) {
                names.add("images/" + identifier(variant) + "-" + (f + 1) + ".svg");
            }
            files.add(new ItemFiles("items/" + identifier(variant) + ".xml", names));
        }
        entry(zip, "imsmanifest.xml", manifest(packageId, files));
        for (int v = 0; v < variants.size(); v++) {
            Variant variant = variants.get(v);
            List<Figure> shown = figures.get(v);
            List<String> fromItem = files.get(v).figures().stream().map(file -> "../" + file).toList();
            entry(zip, files.get(v).item(), write(xml -> QtiItem.write(xml, variant, identifier(variant), shown, fromItem)));
            for (int f = 0; f < shown.size(); f++) {
                entry(zip, files.get(v).figures().get(f), new SvgFigures().svg(shown.get(f), "figure" + (f + 1)));
            }
        }
        zip.finish();
    }

    /** @return the manifest: each item a resource of type imsqti_item_xmlv2p1 depending on its figures, each a webcontent resource */
    static String manifest(String packageId, List<ItemFiles> items) {
        return write(xml -> {
            xml.writeStartElement("manifest");
            xml.writeDefaultNamespace(CP);
            xml.writeAttribute("identifier", "MANIFEST-" + packageId);
            xml.writeEmptyElement("organizations");
            xml.writeStartElement("resources");
            for (int n = 1; n <= items.size(); n++) {
                ItemFiles item = items.get(n - 1);
                xml.writeStartElement("resource");
                xml.writeAttribute("identifier", "RES-" + n);
                xml.writeAttribute("type", "imsqti_item_xmlv2p1");
                xml.writeAttribute("href", item.item());
                xml.writeEmptyElement("file");
                xml.writeAttribute("href", item.item());
                for (int f = 1; f <= item.figures().size(); f++) {
                    xml.writeEmptyElement("dependency");
                    xml.writeAttribute("identifierref", "RES-" + n + "-FIGURE-" + f);
                }
                xml.writeEndElement();
                for (int f = 1; f <= item.figures().size(); f++) {
                    xml.writeStartElement("resource");
                    xml.writeAttribute("identifier", "RES-" + n + "-FIGURE-" + f);
                    xml.writeAttribute("type", "webcontent");
                    xml.writeAttribute("href", item.figures().get(f - 1));
                    xml.writeEmptyElement("file");
                    xml.writeAttribute("href", item.figures().get(f - 1));
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
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
