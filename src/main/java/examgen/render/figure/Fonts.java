package examgen.render.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** DejaVu Sans as shipped with examgen: the figures' labels, so every machine draws the same glyphs, and the test of which characters the pages' fonts cover. */
public final class Fonts {

    private static final Font SANS = load("/fonts/DejaVuSans.ttf");

    private Fonts() {
    }

    /** @return DejaVu Sans at {@code size} points */
    public static Font sans(float size) {
        return SANS.deriveFont(size);
    }

    /** @return whether DejaVu, the typeface of every page, has a glyph for the character */
    public static boolean covers(int codePoint) {
        // Latin, Latin-1 and Latin Extended-A are all in DejaVu: no need to ask the font about every letter
        return codePoint < 0x0180 || SANS.canDisplay(codePoint);
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the build");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + resource + " cannot be read", e);
        }
    }
}
