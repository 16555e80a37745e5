package examgen.paper;

import java.util.regex.Pattern;

import examgen.numeric.DisplayRule;

/**
 * The precision a numeric part is marked to, asked for in words: a part whose text does not say how to
 * round ("Compute Δ.") is marked to half a unit in the last place its rule prints, so the student must be
 * told which place that is. A bank text that already says it ("to 4 decimal places") is left as written.
 */
public final class PrecisionRequest {

    /** Words by which a text already states a precision. */
    private static final Pattern STATED = Pattern.compile(
            "decimal places?|significant figures?|nearest integer|whole number|as an integer|as a fraction", Pattern.CASE_INSENSITIVE);

    private PrecisionRequest() {
    }

    /** @return whether {@code text} already says how to round */
    public static boolean statedIn(String text) {
        return STATED.matcher(text).find();
    }

    /**
     * @param fractionsRead whether the medium reads an exact fraction as an answer: a marker and examgen's
     *     own reader do; Moodle's and QTI's number fields do not
     * @return the request as a sentence: {@code Give it to 4 decimal places.}
     */
    public static String sentence(DisplayRule rule, boolean fractionsRead) {
        String rounding;
        if (rule.mode() == DisplayRule.Mode.DECIMAL_PLACES) {
            rounding = rule.digits() == 0 ? "to the nearest integer"
                    : "to " + rule.digits() + (rule.digits() == 1 ? " decimal place" : " decimal places");
        } else {
            rounding = "to " + rule.digits() + (rule.digits() == 1 ? " significant figure" : " significant figures");
        }
        return "Give it " + (rule.fractions() && fractionsRead ? "as a fraction or " : "") + rounding + ".";
    }
}
