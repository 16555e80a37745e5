package examgen.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * XHTML as Flying Saucer reads it, with examgen's shorter default stylesheet ({@code user-agent.css}):
 * Flying Saucer tries every selector on every element, so each selector it need not try saves time on every page.
 */
final class ExamNamespaceHandler extends XhtmlNamespaceHandler {

    private static final StylesheetInfo USER_AGENT = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT,
            "examgen:user-agent.css", StylesheetInfo.mediaTypes(""), read("user-agent.css"));

    @Override
    public Optional<StylesheetInfo> getDefaultStylesheet() {
        return Optional.of(USER_AGENT);
    }

    private static String read(String name) {
        try (InputStream in = ExamNamespaceHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the stylesheet " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
