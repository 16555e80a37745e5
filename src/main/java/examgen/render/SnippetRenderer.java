package examgen.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import examgen.bank.Snippet;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Renders the stems and part texts of the bank — FreeMarker snippets over a variant's printed
 * values ({@code ${w1}}) — into markup. Escaping for HTML happens later, in the page templates.
 */
public final class SnippetRenderer {

    private final Configuration config = Sandbox.configuration(PlainTextOutputFormat.INSTANCE);
    /** Parsed once: every variant of a question renders the same snippets; a bank holds few of them. */
    private final Map<Snippet, Template> parsed = new ConcurrentHashMap<>();

    /** A snippet that does not render, with the file and line it was written at. */
    public static final class SnippetException extends RuntimeException {
        public SnippetException(String message) {
            super(message);
        }
    }

    /**
     * @param model the printed values: strings, lists and maps of them
     * @throws SnippetException naming the bank file and line of the error
     */
    public String render(Snippet snippet, Map<String, Object> model) {
        try {
            Template template = parsed.get(snippet);
            if (template == null) {
                template = new Template(snippet.name(), new StringReader(snippet.text()), config);
                parsed.put(snippet, template);
            }
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString().strip();
        } catch (ParseException e) {
            throw error(snippet, e.getLineNumber(), e.getEditorMessage());
        } catch (InvalidReferenceException e) {
            Integer line = e.getLineNumber();
            throw error(snippet, line == null ? 1 : line, "'" + e.getBlamedExpressionString() + "' is not a value of this question; "
                    + "it has " + String.join(", ", model.keySet()));
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            throw error(snippet, line == null ? 1 : line, firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new SnippetException(snippet.name() + ": " + e.getMessage());
        }
    }

    private static SnippetException error(Snippet snippet, int lineInSnippet, String message) {
        return new SnippetException(snippet.file() + ":" + (snippet.line() + lineInSnippet - 1) + ": " + snippet.field()
                + ": template error: " + message);
    }

    private static String firstLine(String message) {
        return message.strip().lines().findFirst().orElse(message);
    }
}
