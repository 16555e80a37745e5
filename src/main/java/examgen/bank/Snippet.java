package examgen.bank;

import java.nio.file.Path;

/**
 * A FreeMarker snippet from a bank file (a stem or a part's text) and where it was written, so that
 * a template error can name the file and line.
 */
public record Snippet(String text, Path file, int line, String field) {

    /** @return the name FreeMarker reports errors under: {@code question-bank/forward-pass.yaml:7 stem} */
    public String name() {
        return file + ":" + line + " " + field;
    }
}
