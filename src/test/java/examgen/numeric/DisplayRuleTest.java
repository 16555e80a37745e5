package examgen.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayRuleTest {

    private static Real r(String value) {
        return Real.parse(value);
    }

    @Test
    void decimalPlacesKeepTheirZerosAndRoundHalfUp() {
        assertEquals("1.20", DisplayRule.decimalPlaces(2).format(r("1.2")));
        assertEquals("0.2041", DisplayRule.decimalPlaces(4).format(r("0.2041068")));
        assertEquals("0.13", DisplayRule.decimalPlaces(2).format(r("0.125")));
        assertEquals("-0.13", DisplayRule.decimalPlaces(2).format(r("-0.125")));
        assertEquals("3", DisplayRule.decimalPlaces(0).format(r("2.5")));
    }

    @Test
    void neverMinusZero() {
        assertEquals("0.00", DisplayRule.decimalPlaces(2).format(r("-0.001")));
        assertEquals("0.000", DisplayRule.significantFigures(4).format(r("-0")));
    }

    @Test
    void significantFigures() {
        assertEquals("0.336", DisplayRule.significantFigures(3).format(r("0.33603602")));
        assertEquals("0.00391", DisplayRule.significantFigures(3).format(r("0.25").pow(4)));
        assertEquals("1200", DisplayRule.significantFigures(2).format(r("1234.5")));
        assertEquals("0.500", DisplayRule.significantFigures(3).format(r("0.5")));
        assertEquals("-0.541", DisplayRule.significantFigures(3).format(r("-0.541068")));
        assertEquals("0.000000954", DisplayRule.significantFigures(3).format(r("0.25").pow(10)));
    }

    @Test
    void scientificOnlyWhenAsked() {
        DisplayRule rule = DisplayRule.significantFigures(3).inScientific();
        assertEquals("9.54 × 10⁻⁷", rule.format(r("0.25").pow(10)));
        assertEquals("-1.24 × 10¹²", rule.format(r("-1.2351e12")));
        assertEquals("3.91 × 10⁻³", rule.format(r("0.25").pow(4)));
        assertEquals("5.00", rule.format(r("5")));
        assertEquals("9.5 × 10⁻⁷", DisplayRule.significantFigures(2).inScientific().format(r("0.25").pow(10)));
    }

    @Test
    void shortFractionsWhereTheyReadBetter() {
        DisplayRule rule = DisplayRule.decimalPlaces(4).withFractions();
        assertEquals("1/3", rule.format(Real.of(1, 3)));
        assertEquals("-2/3", rule.format(Real.of(-2, 3)));
        assertEquals("0.2500", rule.format(Real.of(1, 4)));
        assertEquals("0.0103", rule.format(Real.of(1, 97)));
        assertEquals("0.3333", DisplayRule.decimalPlaces(4).format(Real.of(1, 3)));
    }

    @Test
    void approximateValuesRoundTheSameWay() {
        assertEquals("0.7311", DisplayRule.decimalPlaces(4).format(Functions.sigmoid(Real.ONE)));
    }

    @Test
    void toleranceIsHalfAUnitInTheLastPlace() {
        assertEquals(r("0.00005"), DisplayRule.decimalPlaces(4).tolerance(r("0.2041068")));
        assertEquals(r("0.0005"), DisplayRule.significantFigures(3).tolerance(r("0.33603602")));
        assertEquals(r("5e-10"), DisplayRule.significantFigures(3).tolerance(r("0.25").pow(10)));
        assertEquals(r("50"), DisplayRule.significantFigures(2).tolerance(r("1234.5")));
        // 0.99996 rounds up to 1.00 at 3 sf: the last place printed is then the hundredths
        assertEquals(r("0.005"), DisplayRule.significantFigures(3).tolerance(r("0.99996")));
    }
}
