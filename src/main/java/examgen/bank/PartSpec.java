package examgen.bank;

import java.util.List;
import java.util.Optional;

import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/**
 * One part of a bank question: which of the generator's answers it asks for, its marks and text,
 * the display rule of a numeric answer, the smallest size that answer may have (a draw whose
 * answer is nearer 0 is drawn again, so that every student's numbers are of one size), and
 * whether it is asked as multiple choice with {@code options} options. A table part of the bank
 * becomes one such part per cell, each with its {@link Cell}.
 *
 * @param position which part of the bank file it comes from, counting from 0: its letter
 */
public record PartSpec(String answer, int marks, Snippet text, Optional<DisplayRule> rule, Optional<Real> atLeast, int options,
        int position, Optional<Cell> cell) {

    /**
     * Where a part sits in a table part: the table's text, its column headings, the row's heading and the
     * cell's column and number (1 for the first cell, row by row), all markup.
     */
    public record Cell(Snippet table, List<String> columns, String row, int column, int number) {
        public Cell {
            columns = List.copyOf(columns);
        }
    }

    /** @return whether the part is asked as multiple choice */
    public boolean isChoice() {
        return options > 0;
    }

    /** @return the part's label: its letter, and a table cell's number after it ({@code c3}) */
    public String label() {
        String letter = String.valueOf((char) ('a' + position));
        return cell.map(c -> letter + c.number()).orElse(letter);
    }
}
