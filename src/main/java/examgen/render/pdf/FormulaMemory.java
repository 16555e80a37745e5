package examgen.render.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import examgen.render.TexFormula;

/**
 * The formulas one thread has laid out for the PDF, kept as long as they are of use: a student's
 * until their pages are done (a key sets its paper's formulas again), and for good those that two
 * students in a row had, which are the paper's formulas without drawn numbers ({@code \partial E / \partial w_5},
 * {@code \sigma'(z)}): a student's pages then lay out about 250 formulas where they laid out 570. Only
 * those shared ones grow old, at most {@link #SHARED} of them; a student's own die young with their
 * pages, so that a long batch's collector never has to find them among its old objects. One memory
 * for each thread: JLaTeXMath's boxes note colours in themselves while they paint.
 */
public final class FormulaMemory {

    /** More than any paper's formulas without numbers; about 4 KB each. */
    private static final int SHARED = 1024;

    private final Map<String, TexFormula> shared = new HashMap<>();
    private Map<String, TexFormula> student = new HashMap<>();
    private Set<String> lastStudent = Set.of();

    /** Ends a student's pages and starts the next one's, keeping the formulas the two students before had both. */
    public void nextStudent() {
        for (Map.Entry<String, TexFormula> formula : student.entrySet()) {
            if (shared.size() < SHARED && lastStudent.contains(formula.getKey())) {
                shared.put(formula.getKey(), formula.getValue());
            }
        }
        lastStudent = Set.copyOf(student.keySet());
        student = new HashMap<>();
    }

    /** @return the formula laid out at the body text's size, once for the student or once for good */
    TexFormula get(String tex) {
        TexFormula formula = shared.get(tex);
        return formula != null ? formula : student.computeIfAbsent(tex, text -> TexFormula.of(text, ExamElementFactory.MATH_SIZE));
    }
}
