package examgen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KaTeX's script, style sheet and fonts, copied from its WebJar into {@code katex/} beside an HTML
 * page, so that the page typesets its maths with no network. Only the WOFF2 fonts are copied: every
 * browser that runs KaTeX takes them, and takes the first format listed.
 */
public final class KatexAssets {

    private static final String ROOT = "/META-INF/resources/webjars/katex/0.16.47/dist/";
    private static final Pattern WOFF2 = Pattern.compile("url\\((fonts/[A-Za-z0-9_-]+\\.woff2)\\)");

    private KatexAssets() {
    }

    /** Copies the assets into {@code folder}/katex. */
    public static void copyTo(Path folder) {
        Path katex = folder.resolve("katex");
        try {
            Files.createDirectories(katex.resolve("fonts"));
            String css = new String(read("katex.min.css"), StandardCharsets.UTF_8);
            List<String> files = new ArrayList<>(List.of("katex.min.css", "katex.min.js"));
            Matcher fonts = WOFF2.matcher(css);
            while (fonts.find()) {
                files.add(fonts.group(1));
            }
            for (String file : files.stream().distinct().toList()) {
                Files.write(katex.resolve(file), read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        return BuiltIn.bytes(ROOT + file, "KaTeX's " + file);
    }
}
