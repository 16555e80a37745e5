package examgen.render;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.FormulaNotFoundException;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXFormula;

class TexFormulaTest {

    @Test
    void aSymbolIsFoundAtJLaTeXMathsFirstLookupAndIsTheSymbolItself() throws FormulaNotFoundException {
        TexFormula.of("x", 10);
        for (String name : List.of("cdot", "sigma", "alpha", "partial", "nabla", "approx", "ell", "le", "Delta", "mu", "Rightarrow",
                "varepsilon", "times", "leq", "geq", "ge", "Leftrightarrow", "prod", "sum")) {
            assertSame(SymbolAtom.get(name), TeXFormula.get(name).root, name);
        }
        assertThrows(FormulaNotFoundException.class, () -> TeXFormula.get("notASymbol"));
    }
}
