package examgen.bank;

import java.nio.file.Path;

/**
 * A piece of text from a bank file (a question's stem, a part's text, a paper's instructions) and
 * where it was written, so that an error in it can name the file and line.
 */
public record Snippet(String text, Path file, int line, String field) {

    /** @return the name FreeMarker reports errors under: {@code question-bank/forward-pass.yaml:7 stem} */
    public String name() {
        return file + ":" + line + " " + field;
    }

    /** @return where it was written, as a problem begins: {@code question-bank/forward-pass.yaml:7: stem} */
    public String location() {
        return file + ":" + line + ": " + field;
    }
}
