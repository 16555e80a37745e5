package examgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.cli.TestLauncher;

/** The QTI package of the practice paper, every item and the manifest validated against the official IMS schemas. */
class QtiPackageTest {

    private static final Path SCHEMAS = Path.of("src", "test", "resources", "schemas", "qti-v2p1");

    private static Schema schema(Path xsd) throws Exception {
        // loaded from its path: the schemas import each other by relative location
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void everyItemAndTheManifestValidate(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("qti.zip");
        TestLauncher.Result result = TestLauncher.run("export", "qti", "--variants", "3", "--out", zip.toString(), "--bank", "question-bank");
        assertEquals(0, result.status(), result.err());
        Map<String, String> entries = unzip(zip);
        assertEquals("imsmanifest.xml", entries.keySet().iterator().next());
        assertEquals(19 * 3, entries.keySet().stream().filter(name -> name.startsWith("items/")).count());
        String manifest = entries.get("imsmanifest.xml");
        schema(SCHEMAS.resolve("imscp_v1p1.xsd")).newValidator().validate(new StreamSource(new StringReader(manifest)));
        Schema qti = schema(SCHEMAS.resolve("qtiv2p1/imsqti_v2p1.xsd"));
        int floats = 0;
        int figures = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("items/")) {
                String item = entry.getValue();
                qti.newValidator().validate(new StreamSource(new StringReader(item), entry.getKey()));
                assertTrue(manifest.contains("href=\"" + entry.getKey() + "\""), "the manifest lists " + entry.getKey());
                floats += item.split("baseType=\"float\"><correctResponse>", -1).length - 1;
                assertFalse(item.contains("\\("), "maths as MathML, not TeX: " + entry.getKey());
                assertTrue(item.contains("<modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"SOLUTION\""), entry.getKey());
                // every figure the item shows is a file of the package, with a text alternative, that its resource depends on
                Matcher image = Pattern.compile("<img src=\"\\.\\./(images/[^\"]+)\" alt=\"([^\"]+)\"").matcher(item);
                while (image.find()) {
                    assertTrue(entries.get(image.group(1)).startsWith("<svg"), image.group(1));
                    Matcher resource = Pattern.compile("identifier=\"(RES-[0-9A-Z-]+)\" type=\"webcontent\" href=\"" + image.group(1) + "\"")
                            .matcher(manifest);
                    assertTrue(resource.find(), image.group(1));
                    assertTrue(manifest.contains("href=\"" + entry.getKey() + "\"><file href=\"" + entry.getKey() + "\"/>")
                            && manifest.substring(manifest.indexOf("href=\"" + entry.getKey() + "\"")).split("</resource>")[0]
                                    .contains("<dependency identifierref=\"" + resource.group(1) + "\"/>"), entry.getKey());
                    figures++;
                }
            }
        }
        assertTrue(figures >= 9 * 3, "figures: " + figures);
        assertEquals(figures, entries.keySet().stream().filter(name -> name.startsWith("images/")).count());
        assertTrue(floats > 100, "numeric parts as float responses: " + floats);
    }

    @Test
    void numericPartsAreScoredBetweenTheirBoundsAndSummed(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("qti.zip");
        assertEquals(0, TestLauncher.run("export", "qti", "--variants", "1", "--out", zip.toString(), "--bank", "question-bank").status());
        String item = unzip(zip).entrySet().stream().filter(e -> e.getKey().startsWith("items/update-rule")).findFirst().orElseThrow().getValue();
        assertTrue(item.contains("<gte><variable identifier=\"RESPONSE_B\"/><baseValue baseType=\"float\">"), item);
        assertTrue(item.contains("<lte><variable identifier=\"RESPONSE_B\"/><baseValue baseType=\"float\">"), item);
        assertTrue(item.contains("<setOutcomeValue identifier=\"SCORE\"><sum><variable identifier=\"SCORE\"/><baseValue baseType=\"float\">2</baseValue>"));
        assertTrue(item.contains("<match><variable identifier=\"RESPONSE_A\"/><correct identifier=\"RESPONSE_A\"/></match>"));
    }
}
