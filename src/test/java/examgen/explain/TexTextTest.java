package examgen.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TexTextTest {

    @Test
    void mathsBecomesPlainUnicode() {
        assertEquals("∂E/∂w1 = Δ·w5·x1", TexText.mathToPlain("\\frac{\\partial E}{\\partial w_{1}} = \\Delta \\cdot w_{5} \\cdot x_{1}"));
        assertEquals("ŷ = ReLU(0.1802)", TexText.mathToPlain("\\hat{y} = \\mathrm{ReLU}(0.1802)"));
        // questions 13(b) and 13(c) once read "Rightarrow" in the PDF's text layer and the HTML's fallback
        assertEquals("w = 400 ⇒ b = −w·s", TexText.mathToPlain("w = 400 \\Rightarrow b = −w \\cdot s"));
        assertEquals("tanh'(z) = 1 − tanh²", TexText.mathToPlain("\\tanh'(z) = 1 − \\tanh^{2}"));
        assertEquals("E = ½(y - ŷ)²", TexText.mathToPlain("E = \\tfrac{1}{2}(y - \\hat{y})^{2}"));
        assertEquals("σ(x) = 1/(1 + e^(-x))", TexText.mathToPlain("\\sigma(x) = \\frac{1}{1 + e^{-x}}"));
        assertEquals("9.54 × 10⁻⁷", TexText.mathToPlain("9.54 \\times 10^{-7}"));
        assertEquals("h1,3 ≤ 0", TexText.mathToPlain("h_{1,3} \\le 0"));
        assertEquals("√(σ² + ε)", TexText.mathToPlain("\\sqrt{\\sigma^{2} + \\varepsilon}"));
        assertEquals("ReLU'(z) = { 1 if z > 0; 0 otherwise }",
                TexText.mathToPlain("\\mathrm{ReLU}'(z) = \\begin{cases} 1 & \\quad \\text{if } z > 0 \\\\ 0 & \\quad \\text{otherwise} \\end{cases}"));
    }

    @Test
    void proseIsKeptAndSegmentsJoined() {
        assertEquals("so ŷ is active, since 0.58 > 0", TexText.toPlain("so \\(\\hat{y}\\) is active, since \\(0.58 > 0\\)"));
        assertEquals("no maths here", TexText.toPlain("no maths here"));
        assertEquals("display: x²", TexText.toPlain("display: \\[x^2\\]"));
    }

    @Test
    void unclosedMathsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> TexText.toPlain("oops \\(x"));
        assertThrows(IllegalArgumentException.class, () -> TexText.mathToPlain("\\frac{1}{2"));
    }
}
