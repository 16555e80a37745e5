package examgen.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;

import org.xhtmlrenderer.pdf.ITextFontResolver;

import com.lowagie.text.pdf.BaseFont;

import examgen.render.BuiltIn;
import examgen.render.ScriptFont;

/**
 * The fonts of a PDF: DejaVu Serif and Sans shipped with examgen, and the fonts of names in Chinese,
 * Japanese and Korean, embedded as subsets with Unicode maps (so Greek letters, subscripts and hats
 * print and search everywhere). One set per thread,
 * since OpenPDF names each subset from a random generator held by the font: before every document
 * the generators are reseeded from that document's seed, so that its bytes never depend on what was
 * rendered before it.
 */
final class PdfFonts {

    /** The font files with their family names: DejaVu, and the fonts of names in scripts DejaVu lacks that are set as text. */
    private static final Map<String, String> FILES = files();

    private final Map<String, BaseFont> fonts = new LinkedHashMap<>();
    private final DrawingFontMapper drawing;
    private ITextFontResolver resolver;

    PdfFonts() {
        for (String file : FILES.keySet().stream().sorted().toList()) {
            try {
                fonts.put(file, embedded(file, read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        drawing = new DrawingFontMapper(sans());
    }

    /**
     * @return the TrueType font, embedded as subsets with a Unicode map and compressed at zlib's
     *     fastest level like the pages: OpenPDF's default (zlib's 6) cost 4 ms more a student for 2% fewer bytes
     */
    static BaseFont embedded(String name, byte[] ttf) throws IOException {
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        // PDF/UA wants a CIDSet to list every glyph of the subset, and OpenPDF's lists too few: none is better
        font.setIncludeCidSet(false);
        font.setCompressionLevel(Deflater.BEST_SPEED);
        return font;
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>(Map.of(
                "DejaVuSerif.ttf", "DejaVu Serif", "DejaVuSerif-Bold.ttf", "DejaVu Serif", "DejaVuSerif-Italic.ttf", "DejaVu Serif",
                "DejaVuSans.ttf", "DejaVu Sans", "DejaVuSans-Bold.ttf", "DejaVu Sans"));
        // the shaped scripts are drawn by ShapedTextElement, not set as text
        Arrays.stream(ScriptFont.values()).filter(script -> !script.shaped()).forEach(script -> files.put(script.file(), script.family()));
        return files;
    }

    private static byte[] read(String file) {
        return BuiltIn.bytes("/fonts/" + file, "the font " + file);
    }

    /** @return a font resolver with every font under its family name, built once: registering fonts costs milliseconds per document */
    ITextFontResolver resolver() {
        if (resolver == null) {
            resolver = new ITextFontResolver();
            fonts.forEach((file, font) -> resolver.addFont(font, "fonts/" + file, FILES.get(file)));
        }
        return resolver;
    }

    /** @return the font of the invisible space that anchors a formula's reading */
    BaseFont sans() {
        return fonts.get("DejaVuSans.ttf");
    }

    /** @return the fonts formulas and figures are drawn in */
    DrawingFontMapper drawing() {
        return drawing;
    }

    /** Reseeds the subset-name generators, so that the next document names its subsets from its own seed. */
    void reseed(long seed) {
        fonts.forEach((file, font) -> SubsetNames.seed(font, file, seed));
        drawing.reseed(seed);
    }
}
