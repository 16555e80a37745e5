package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

class PrecisionRequestTest {

    @Test
    void theRequestNamesThePlaceTheToleranceIsHalfAUnitOf() {
        assertEquals("Give it to 4 decimal places.", PrecisionRequest.sentence(DisplayRule.decimalPlaces(4), false));
        assertEquals("Give it to 1 decimal place.", PrecisionRequest.sentence(DisplayRule.decimalPlaces(1), false));
        assertEquals("Give it to the nearest integer.", PrecisionRequest.sentence(DisplayRule.decimalPlaces(0), false));
        assertEquals("Give it to 3 significant figures.", PrecisionRequest.sentence(DisplayRule.significantFigures(3).inScientific(), false));
        // 9/14: a marker reads the fraction, Moodle's number field does not
        DisplayRule fractions = DisplayRule.decimalPlaces(4).withFractions();
        assertEquals("Give it as a fraction or to 4 decimal places.", PrecisionRequest.sentence(fractions, true));
        assertEquals("Give it to 4 decimal places.", PrecisionRequest.sentence(fractions, false));
    }

    @Test
    void aPromptThatSaysHowToRoundIsLeftAsWritten() {
        DisplayRule rule = DisplayRule.decimalPlaces(4).withFractions();
        Real value = Real.of(9, 14);
        Answer.Numeric threshold = new Answer.Numeric(value, rule, rule.tolerance(value), rule.format(value), List.of());
        Part silent = new Part("a", "threshold", "Find the threshold.", 1, threshold, List.of(), Optional.empty());
        assertEquals("Find the threshold. Give it as a fraction or to 4 decimal places.", silent.promptAsked(true));
        assertEquals("Find the threshold. Give it to 4 decimal places.", silent.promptAsked(false));
        assertEquals("0.6429", threshold.typed());
        Part said = new Part("a", "threshold", "Find the threshold, to 4 decimal places.", 1, threshold, List.of(), Optional.empty());
        assertEquals(said.prompt(), said.promptAsked(false));
        assertTrue(PrecisionRequest.statedIn("Round to 2 significant figures"));
        assertFalse(PrecisionRequest.statedIn("Is the activation exactly zero?"));
        Part choice = new Part("b", "rule", "Which rule?", 1, new Answer.Choice(List.of(), "A"), List.of(), Optional.empty());
        assertEquals("Which rule?", choice.promptAsked(true), "only a number is rounded");
    }
}
