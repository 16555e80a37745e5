package examgen.cli;

import java.nio.file.Path;

import examgen.render.PageRenderer;
import picocli.CommandLine.Option;

/** The {@code --templates} option of every command that writes pages. */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR", description = "The templates folder (default: templates/ beside the launcher).")
    private Path templates;

    PageRenderer renderer() {
        return new PageRenderer(templates != null ? templates : Home.resolve("templates"));
    }
}
