package examgen.render.pdf;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * Gives OpenPDF the very TrueType fonts that formulas and figures are drawn with — JLaTeXMath's own,
 * and DejaVu Sans, the page's, for the figures' labels — so that their glyphs go into the PDF as text
 * in embedded subsets rather than as outlines: a tenth of the bytes and of the time, and a figure's
 * labels can be searched. A formula's text is TeX-encoded, so it also carries its plain reading as /ActualText.
 */
final class DrawingFontMapper implements FontMapper {

    private static final String ROOT = "org/scilab/forge/jlatexmath/fonts/";
    private static final List<String> FOLDERS = List.of("base/", "latin/", "latin/optional/", "maths/", "maths/optional/", "euler/",
            "greek/", "cyrillic/");

    private final Map<String, BaseFont> fonts = new HashMap<>();
    private final BaseFont fallback;
    private long documentSeed;

    /** @param fallback DejaVu Sans: the figures' font, and the font for anything else not JLaTeXMath's */
    DrawingFontMapper(BaseFont fallback) {
        this.fallback = fallback;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        // the name it was made with: getFontName(locale) would read the font file's name table on every call
        String name = font.getName().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (!name.startsWith("jlm_")) {
            return fallback;
        }
        return fonts.computeIfAbsent(name, key -> {
            BaseFont loaded = load(key);
            SubsetNames.seed(loaded, key, documentSeed);
            return loaded;
        });
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        throw new UnsupportedOperationException("only formulas and figures are drawn through this mapper");
    }

    /** Seeds the subset names of every font, loaded now or later, from the next document's seed. */
    void reseed(long seed) {
        documentSeed = seed;
        fonts.forEach((name, font) -> SubsetNames.seed(font, name, seed));
    }

    private static BaseFont load(String name) {
        for (String folder : FOLDERS) {
            try (InputStream in = DrawingFontMapper.class.getClassLoader().getResourceAsStream(ROOT + folder + name + ".ttf")) {
                if (in != null) {
                    return PdfFonts.embedded(name + ".ttf", in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("JLaTeXMath drew with the font '" + name + "', which is not in its jars");
    }
}
