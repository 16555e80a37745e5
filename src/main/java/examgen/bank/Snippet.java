package examgen.bank;

import java.nio.file.Path;
import java.util.List;

/**
 * A piece of text from a bank file (a question's stem, a part's text, a paper's instructions) and
 * where it was written, so that an error in it can name the file and line: a folded text ({@code >-}),
 * which YAML joins into one line, knows where each of its lines after the first begins.
 */
public record Snippet(String text, Path file, int line, String field, List<Integer> foldedLineStarts) {

    public Snippet {
        foldedLineStarts = List.copyOf(foldedLineStarts);
    }

    public Snippet(String text, Path file, int line, String field) {
        this(text, file, line, field, List.of());
    }

    /** @return the name FreeMarker reports errors under: {@code question-bank/forward-pass.yaml:7 stem} */
    public String name() {
        return file + ":" + line + " " + field;
    }

    /** @return where it was written, as a problem begins: {@code question-bank/forward-pass.yaml:7: stem} */
    public String location() {
        return file + ":" + line + ": " + field;
    }

    /**
     * @param lineInText the line in the text, from 1, as a template error names it
     * @param column the column on that line, from 1
     * @return the line of the file it was written on
     */
    public int fileLine(int lineInText, int column) {
        if (foldedLineStarts.isEmpty()) {
            return line + lineInText - 1;
        }
        int offset = 0;
        for (int l = 1; l < lineInText; l++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        offset += Math.max(column, 1) - 1;
        int fileLine = line;
        for (int start : foldedLineStarts) {
            if (start <= offset) {
                fileLine++;
            }
        }
        return fileLine;
    }
}
