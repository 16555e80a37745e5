package examgen.mark.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the class report writes its numbers: rounded half-up to fixed places, an undefined statistic as its reason. */
public final class ResultsNumbers {

    private ResultsNumbers() {
    }

    /** @return the value to {@code places} decimal places, or {@code undefined} */
    static String text(ClassResults.Measure measure, int places) {
        return measure.defined() ? fixed(measure.value(), places) : "undefined";
    }

    /** @return the value to {@code places} decimal places, half-up: {@code 0.4167} */
    public static String fixed(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** @return a share as a percentage to one place: {@code 12.5%} */
    static String percent(double share) {
        return fixed(100 * share, 1) + "%";
    }
}
