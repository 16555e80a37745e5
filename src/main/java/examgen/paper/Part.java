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
     * Where a cell sits: its table's letter and text (with the variant's numbers put in), the column headings, the row's
     * heading and its column, all markup.
     */
    public record Cell(String table, String text, List<String> columns, String row, int column) {
        public Cell {
            columns = List.copyOf(columns);
        }
    }
}
