package examgen.export;

import java.math.MathContext;

import examgen.numeric.Real;
import examgen.paper.Answer;

/** Numbers as a learning platform's number field reads them, for Moodle and QTI alike. */
final class PlatformNumbers {

    private static final MathContext DIGITS = new MathContext(20);

    private PlatformNumbers() {
    }

    /** @return plain decimal digits to 20 significant figures, never E notation */
    static String number(Real value) {
        return value.toBigDecimal().round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** @return a worked solution's statement of a numeric answer: as a student types it, and the range accepted */
    static String stated(Answer.Numeric numeric) {
        return "Answer: " + numeric.typed() + " (accepted within ±" + number(numeric.tolerance()) + ")";
    }
}
