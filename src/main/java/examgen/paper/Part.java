package examgen.paper;

import java.util.List;
import java.util.Optional;

/**
 * One part of a question as printed: label, prompt (markup), marks, answer, and its worked steps;
 * a cell of a table part also says where it sits in its table.
 */
public record Part(String label, String answerKey, String prompt, int marks, Answer answer, List<String> steps, Optional<Cell> cell) {

    public Part {
        steps = List.copyOf(steps);
    }

    /**
     * @param fractionsRead whether the medium reads an exact fraction as an answer ({@link PrecisionRequest#sentence})
     * @return the prompt as a student reads it: a numeric part's precision asked for where neither the prompt nor its
     *     table says it
     */
    public String promptAsked(boolean fractionsRead) {
        return asked(prompt, fractionsRead);
    }

    /** @return a cell's table text as a student reads it, its precision asked for where the text does not say it */
    public String tableTextAsked(boolean fractionsRead) {
        return asked(cell.orElseThrow().text(), fractionsRead);
    }

    private String asked(String text, boolean fractionsRead) {
        boolean stated = PrecisionRequest.statedIn(text) || cell.map(c -> PrecisionRequest.statedIn(c.text())).orElse(false);
        if (!(answer instanceof Answer.Numeric numeric) || stated) {
            return text;
        }
        return text + " " + PrecisionRequest.sentence(numeric.rule(), fractionsRead);
    }

    /**
     * Where a cell sits: its table's letter and text (with the variant's numbers put in), the column headings, the row's
     * heading and its column, all markup.
     */
    public record Cell(String table, String text, List<String> columns, String row, int column) {
        public Cell {
            columns = List.copyOf(columns);
        }
    }
}
