package examgen.io;

import java.util.regex.Pattern;

/**
 * A CSV cell that a spreadsheet opens as text. A cell starting like a formula (=, +, -, @) runs as
 * one in Excel or LibreOffice, and names and typed answers come from students: such a cell gets a
 * leading apostrophe, the spreadsheets' own mark for text. Numbers such as -0.8198 are left alone.
 */
public final class SpreadsheetCell {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?(/\\d+)?");

    private SpreadsheetCell() {
    }

    public static String safe(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
