package examgen.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern LEXICAL = Pattern.compile("Lexical error: encountered \"(.+?)\" \\(\\d+\\), after \"(.*?)\"");

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
            throw error(snippet, e.getLineNumber(), e.getColumnNumber(), readable(e.getEditorMessage()));
        } catch (InvalidReferenceException e) {
            throw error(snippet, e.getLineNumber(), e.getColumnNumber(), "'" + e.getBlamedExpressionString() + "' is not a value of this question; "
                    + "it has " + String.join(", ", model.keySet()));
        } catch (TemplateException e) {
            throw error(snippet, e.getLineNumber(), e.getColumnNumber(), readable(firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new SnippetException(snippet.name() + ": " + e.getMessage());
        }
    }

    private static SnippetException error(Snippet snippet, Integer lineInSnippet, Integer column, String message) {
        int line = snippet.fileLine(lineInSnippet == null ? 1 : lineInSnippet, column == null ? 1 : column);
        return new SnippetException(snippet.file() + ":" + line + ": " + snippet.field() + ": template error: " + message);
    }

    /**
     * @return FreeMarker's message as an author of a question can act on it: a lexical error names the characters, not
     *     their codes; the refusals of {@code ?api} and {@code ?new} say that the bank's templates see only the question's
     *     values, rather than suggest a setting to turn them on
     */
    static String readable(String message) {
        Matcher lexical = LEXICAL.matcher(message);
        if (lexical.find()) {
            // FreeMarker writes the characters before as a Java string: one backslash as two
            return "FreeMarker cannot read '" + lexical.group(2).replace("\\\\", "\\") + lexical.group(1) + "' here: inside ${…} only a value's name may stand"
                    + " (${x1}); close it with }, and write a backslash or brace of TeX outside it";
        }
        if (message.contains("api_builtin_enabled") || message.contains("not allowed in the template for security reasons")) {
            return "?api and ?new are not allowed: a question's text sees only its values (${x1}, ${w5}), never Java";
        }
        return message;
    }

    private static String firstLine(String message) {
        return message.strip().lines().findFirst().orElse(message);
    }
}
