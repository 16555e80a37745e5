package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import examgen.render.TexFormula;

class FormulaMemoryTest {

    private static final String GENERIC = "\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))";

    @Test
    void aStudentsPagesLayAFormulaOutOnce() {
        FormulaMemory memory = new FormulaMemory();
        memory.nextStudent();
        TexFormula paper = memory.get(GENERIC);
        assertSame(paper, memory.get(GENERIC), "the key takes the paper's formula");
    }

    @Test
    void whatTwoStudentsInARowHadIsKeptForGoodAndAStudentsOwnIsNot() {
        FormulaMemory memory = new FormulaMemory();
        memory.nextStudent();
        memory.get(GENERIC);
        TexFormula first = memory.get("w = 0.37");
        memory.nextStudent();
        TexFormula second = memory.get(GENERIC);
        memory.get("w = -1.25");
        memory.nextStudent();
        assertSame(second, memory.get(GENERIC), "had by the two students before");
        memory.nextStudent();
        assertSame(second, memory.get(GENERIC), "kept for good");
        assertNotSame(first, memory.get("w = 0.37"), "the first student's own number was not kept");
    }
}
