package examgen.render.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

import examgen.render.TexFormula;

/**
 * The formulas one thread laid out last, kept for the pages it makes next: a key sets its paper's
 * formulas again, and every student's paper has the same ones where no number is drawn
 * ({@code \partial E / \partial w_5}, {@code \sigma'(z)}): a student's two PDFs lay out about 250 formulas
 * where they laid out 570. Those used least recently are dropped, so that a batch's memory stays flat
 * (512 take about 2 MB: 4 KB a formula).
 */
final class FormulaCache {

    /** More than a student's formulas (about 390 different ones), so that those every student shares stay. */
    static final int CAPACITY = 512;

    private final Map<String, TexFormula> recent = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TexFormula> eldest) {
            return size() > CAPACITY;
        }
    };

    /** @return the formula laid out at the body text's size */
    TexFormula get(String tex) {
        return recent.computeIfAbsent(tex, text -> TexFormula.of(text, ExamElementFactory.MATH_SIZE));
    }
}
