package examgen.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void whatWouldRunAsAFormulaIsKeptAsTextAndNumbersStayNumbers() {
        assertEquals("'=1+1", SpreadsheetCell.safe("=1+1"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetCell.safe("@SUM(A1:A9)"));
        assertEquals("'+44 20 7946 0000", SpreadsheetCell.safe("+44 20 7946 0000"));
        // the payload that starts like a negative number
        assertEquals("'-2+3+cmd|' /C calc'!A0", SpreadsheetCell.safe("-2+3+cmd|' /C calc'!A0"));
        assertEquals("-0.8198", SpreadsheetCell.safe("-0.8198"));
        assertEquals("-0,58", SpreadsheetCell.safe("-0,58"));
        assertEquals("-1/3", SpreadsheetCell.safe("-1/3"));
        assertEquals("Zoë O'Brien", SpreadsheetCell.safe("Zoë O'Brien"));
        assertEquals("", SpreadsheetCell.safe(""));
    }
}
