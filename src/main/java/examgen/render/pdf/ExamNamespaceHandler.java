package examgen.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.w3c.dom.Element;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

import examgen.render.BuiltIn;

/**
 * XHTML as Flying Saucer reads it, with examgen's shorter default stylesheet ({@code user-agent.css}):
 * Flying Saucer tries every selector on every element, so each selector it need not try saves time on every page.
 * A page's {@code <style>} is named by its text, so that a thread's renderer parses a stylesheet the pages share once.
 */
final class ExamNamespaceHandler extends XhtmlNamespaceHandler {

    private static final StylesheetInfo USER_AGENT = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT,
            "examgen:user-agent.css", StylesheetInfo.mediaTypes(""),
            new String(BuiltIn.bytes("/examgen/render/pdf/user-agent.css", "the stylesheet user-agent.css"), StandardCharsets.UTF_8));

    @Override
    public Optional<StylesheetInfo> getDefaultStylesheet() {
        return Optional.of(USER_AGENT);
    }

    /** @return the style element's sheet under a data: URI of its text, where Flying Saucer would number it afresh for each page */
    @Override
    protected StylesheetInfo readStyleElement(Element style) {
        StylesheetInfo numbered = super.readStyleElement(style);
        if (numbered == null) {
            return null;
        }
        String css = numbered.getContent().orElseThrow();
        return new StylesheetInfo(numbered.getOrigin(), "data:text/css," + css, numbered.getMedia(), css);
    }
}
