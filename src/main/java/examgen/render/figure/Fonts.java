package examgen.render.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import examgen.render.BuiltIn;

/** The fonts shipped with examgen, as Java reads them: DejaVu Sans for the figures' labels, so every machine draws the same glyphs, and the others for what they cover. */
public final class Fonts {

    private static final Map<String, Font> SHIPPED = new ConcurrentHashMap<>();

    private Fonts() {
    }

    /** @return DejaVu Sans at {@code size} points */
    public static Font sans(float size) {
        return shipped("DejaVuSans.ttf").deriveFont(size);
    }

    /** @return the font of that file under {@code /fonts/}, read once when first asked for */
    public static Font shipped(String file) {
        return SHIPPED.computeIfAbsent(file, Fonts::load);
    }

    private static Font load(String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BuiltIn.bytes("/fonts/" + file, "the font " + file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + file + " cannot be read", e);
        }
    }
}
