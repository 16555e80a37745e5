package examgen.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import freemarker.core.ParseException;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

/**
 * Renders pages from the FreeMarker templates in {@code templates/}, in the sandbox every template
 * runs in, escaping every value for XHTML so that a name like {@code <b>&amp;</b>} prints as written.
 */
public final class PageRenderer {

    /** The template of papers and keys. */
    public static final String PAGE = "page.ftlx";

    private final Configuration config;
    private final Path directory;

    /** @throws RenderException if the folder does not exist */
    public PageRenderer(Path directory) {
        this.directory = directory;
        if (!Files.isDirectory(directory)) {
            throw new RenderException(directory + ": no templates folder here; run examgen from its folder or give --templates");
        }
        config = Sandbox.configuration(XHTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(false);
        try {
            config.setDirectoryForTemplateLoading(directory.toFile());
        } catch (IOException e) {
            throw new RenderException(directory + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * @throws RenderException naming the template file and line of an error, or the missing template
     */
    public String render(String templateName, Map<String, Object> doc) {
        try {
            Template template = config.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(Map.of("doc", doc), out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new RenderException(directory.resolve(templateName) + ": the template is missing; restore it from the repository");
        } catch (ParseException e) {
            throw new RenderException(directory.resolve(templateName) + ":" + e.getLineNumber() + ": " + e.getEditorMessage());
        } catch (TemplateException e) {
            if (e.getCause() instanceof TemplateNotFoundException included) {
                throw new RenderException(directory.resolve(included.getTemplateName()) + ": the file is missing (" + templateName
                        + " includes it at line " + e.getLineNumber() + "); restore it from the repository");
            }
            // FreeMarker's first line ends in a colon when the expression it blames follows on the next
            String what = e.getMessageWithoutStackTop().strip().lines().findFirst().orElse("");
            String blamed = e.getBlamedExpressionString();
            throw new RenderException(directory.resolve(e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName()) + ":"
                    + e.getLineNumber() + ": " + (what.endsWith(":") && blamed != null ? what + " " + blamed : what));
        } catch (IOException e) {
            throw new RenderException(directory.resolve(templateName) + ": " + e.getMessage());
        }
    }

    /** @return the file a template is read from */
    public Path file(String templateName) {
        return directory.resolve(templateName);
    }

    /** A page that cannot be rendered, with the file and line to look at. */
    public static final class RenderException extends RuntimeException {
        public RenderException(String message) {
            super(message);
        }
    }
}
