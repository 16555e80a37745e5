package examgen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files examgen ships inside its jar: fonts, KaTeX, the PDF's default stylesheet. */
public final class BuiltIn {

    private BuiltIn() {
    }

    /**
     * @param path the resource's path from the jar's root, starting with '/'
     * @param what how to name it if it is missing ("the font DejaVuSans.ttf")
     * @throws IllegalStateException saying that {@code what} is missing from the build
     */
    public static byte[] bytes(String path, String what) {
        try (InputStream in = BuiltIn.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(what + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
