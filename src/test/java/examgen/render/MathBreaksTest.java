package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MathBreaksTest {

    @Test
    void aChainOfEqualitiesBreaksAfterEachSign() {
        assertEquals(List.of("h_1 =", "\\mathrm{ReLU}(x_1 w_1 + x_2 w_2) =", "\\mathrm{ReLU}(0.878308) =", "0.878308"),
                MathBreaks.pieces("h_1 = \\mathrm{ReLU}(x_1 w_1 + x_2 w_2) = \\mathrm{ReLU}(0.878308) = 0.878308"));
        assertEquals(List.of("\\Delta =", "\\hat{y} - y =", "-0.4982 <", "0"), MathBreaks.pieces("\\Delta = \\hat{y} - y = -0.4982 < 0"));
        assertEquals(List.of("L \\approx", "-2.90334"), MathBreaks.pieces("L \\approx -2.90334"));
        assertEquals(List.of("a \\leq", "b \\le", "c"), MathBreaks.pieces("a \\leq b \\le c"));
        assertEquals(List.of("w :=", "w - \\alpha \\nabla \\mathrm{loss}(w)"), MathBreaks.pieces("w := w - \\alpha \\nabla \\mathrm{loss}(w)"));
    }

    @Test
    void relationsInsideGroupsStay() {
        assertEquals(List.of("\\frac{a = b}{c} =", "d"), MathBreaks.pieces("\\frac{a = b}{c} = d"));
        assertEquals(List.of("\\left( a = b \\right) =", "c"), MathBreaks.pieces("\\left( a = b \\right) = c"));
        String cases = "\\mathrm{ReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}";
        assertEquals(List.of("\\mathrm{ReLU}'(z) =", "\\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}"), MathBreaks.pieces(cases));
    }

    @Test
    void aFormulaWithoutABreakIsOnePiece() {
        assertEquals(List.of("x_1"), MathBreaks.pieces("x_1"));
        assertEquals(List.of("\\left\\{ x \\right\\}"), MathBreaks.pieces("\\left\\{ x \\right\\}"));
        assertEquals(List.of("y ="), MathBreaks.pieces("y ="));
    }
}
