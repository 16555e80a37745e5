package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;

class TexMathMlTest {

    /** @return the MathML of {@code tex} without the {@code m:} prefix, the annotation and the alttext, to read */
    private static String mathMl(String tex) throws Exception {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
        xml.setPrefix("m", TexMathMl.NAMESPACE);
        TexMathMl.write(xml, tex);
        xml.close();
        return text.toString().replace("m:", "").replaceAll("<annotation.*</annotation>", "").replaceAll(" alttext=\"[^\"]*\"", "")
                .replace("<math><semantics>", "").replace("</semantics></math>", "");
    }

    @Test
    void fractionsScriptsAndAccentsAreBoxesNotLettersInARow() throws Exception {
        // SnuggleTeX read \tfrac{5}{6} as "56": a fraction must stay one
        assertEquals("<mrow><mi>s</mi><mo>=</mo><mstyle displaystyle=\"false\"><mfrac><mrow><mn>5</mn></mrow><mrow><mn>6</mn></mrow></mfrac></mstyle></mrow>",
                mathMl("s = \\tfrac{5}{6}"));
        assertEquals("<mrow><mfrac><mrow><mi>∂</mi><mi>E</mi></mrow><mrow><mi>∂</mi><msub><mi>w</mi><mrow><mn>5</mn></mrow></msub></mrow></mfrac></mrow>",
                mathMl("\\frac{\\partial E}{\\partial w_{5}}"));
        assertEquals("<mrow><mover accent=\"true\"><mrow><mi>y</mi></mrow><mo>^</mo></mover><mo>=</mo><msup><mn>0.06</mn><mn>2</mn></msup></mrow>",
                mathMl("\\hat{y} = 0.06^2"));
        assertEquals("<mrow><msup><mi mathvariant=\"normal\">ReLU</mi><mo>′</mo></msup><mo>(</mo><mi>z</mi><mo>)</mo></mrow>",
                mathMl("\\mathrm{ReLU}'(z)"));
    }

    @Test
    void aSignBeforeANumberIsAPrefixAndAMinusBetweenTermsAnOperator() throws Exception {
        assertEquals("<mrow><mi>w</mi><mo>=</mo><mrow><mo>−</mo><mn>0.13</mn></mrow><mo>−</mo><mn>2</mn></mrow>", mathMl("w = -0.13 - 2"));
    }

    @Test
    void casesAreABraceBeforeATableAndTextKeepsItsSpaces() throws Exception {
        assertEquals("<mrow><mrow><mo>{</mo><mtable columnalign=\"left\"><mtr><mtd><mrow><mn>1</mn></mrow></mtd><mtd><mrow>"
                + "<mspace width=\"1em\"></mspace><mtext>if\u00a0</mtext><mi>z</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr>"
                + "<mtr><mtd><mrow><mn>0</mn></mrow></mtd><mtd><mrow><mtext>otherwise.</mtext></mrow></mtd></mtr></mtable></mrow></mrow>",
                mathMl("\\begin{cases} 1 & \\quad \\text{if } z > 0 \\\\ 0 & \\text{otherwise.} \\end{cases}"));
    }

    @Test
    void theMathCarriesItsPlainReadingAndItsTex() throws Exception {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
        xml.setPrefix("m", TexMathMl.NAMESPACE);
        TexMathMl.write(xml, "\\alpha \\cdot \\nabla");
        xml.close();
        assertEquals("<m:math alttext=\"α·∇\"><m:semantics><m:mrow><m:mi>α</m:mi><m:mo>·</m:mo><m:mi>∇</m:mi></m:mrow>"
                + "<m:annotation encoding=\"application/x-tex\">\\alpha \\cdot \\nabla</m:annotation></m:semantics></m:math>", text.toString());
    }

    @Test
    void unbalancedMathsIsRefusedNotGuessed() {
        assertThrows(IllegalArgumentException.class, () -> mathMl("\\frac{1}{2"));
        assertThrows(IllegalArgumentException.class, () -> mathMl("\\begin{cases} 1 & 2"));
    }
}
