package examgen.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import com.lowagie.text.pdf.BaseFont;

/**
 * OpenPDF names each embedded font subset with six random letters; to make the same document the
 * same bytes, a font's letters are drawn from a generator seeded by the document's seed and the font's name.
 */
final class SubsetNames {

    private SubsetNames() {
    }

    static void seed(BaseFont font, String fontName, long documentSeed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            byte[] name = fontName.getBytes(StandardCharsets.UTF_8);
            random.setSeed(ByteBuffer.allocate(8 + name.length).putLong(documentSeed).put(name).array());
            font.setSecureRandom(random);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA1PRNG", e);
        }
    }
}
