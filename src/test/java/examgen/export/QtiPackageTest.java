package examgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        assertEquals(1 + 19 * 3, entries.size());
        schema(SCHEMAS.resolve("imscp_v1p1.xsd")).newValidator().validate(new StreamSource(new StringReader(entries.get("imsmanifest.xml"))));
        Schema qti = schema(SCHEMAS.resolve("qtiv2p1/imsqti_v2p1.xsd"));
        int floats = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("items/")) {
                qti.newValidator().validate(new StreamSource(new StringReader(entry.getValue()), entry.getKey()));
                assertTrue(entries.get("imsmanifest.xml").contains("href=\"" + entry.getKey() + "\""), "the manifest lists " + entry.getKey());
                floats += entry.getValue().split("baseType=\"float\"><correctResponse>", -1).length - 1;
            }
        }
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
