package examgen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import examgen.render.TexFormula;

class FormulaCacheTest {

    @Test
    void aFormulaAskedForAgainIsTheOneLaidOutBefore() {
        FormulaCache cache = new FormulaCache();
        TexFormula first = cache.get("\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))");
        cache.get("w_5");
        assertSame(first, cache.get("\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))"));
    }

    @Test
    void theFormulasUsedLeastRecentlyAreDroppedSoThatMemoryStaysFlat() {
        FormulaCache cache = new FormulaCache();
        TexFormula kept = cache.get("\\Delta");
        TexFormula dropped = cache.get("x_{0}");
        for (int i = 1; i < FormulaCache.CAPACITY; i++) {
            cache.get("\\Delta"); // in use all along
            cache.get(Integer.toString(i));
        }
        assertSame(kept, cache.get("\\Delta"));
        assertNotSame(dropped, cache.get("x_{0}"));
    }
}
