package examgen.generate;

import java.util.List;

/**
 * A table part a generator offers (the notes' slide-41 table of every gradient and update): its
 * column headings and its rows, each with a heading and one cell per column. Each cell is an answer
 * of the generator, marked and keyed on its own. Headings and prompts are markup.
 */
public record Table(List<String> columns, List<Row> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row: its heading and its cells, in the columns' order. */
    public record Row(String heading, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One cell: the answer it asks for and its prompt when it stands alone (in a learning platform's export). */
    public record Cell(String answer, String prompt) {
    }
}
