package examgen.generate;

import examgen.explain.NumberText;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/** Small helpers for writing worked lines as markup: TeX maths between {@code \(} and {@code \)}. */
final class Lines {

    /** Numbers in worked lines: short exact decimals in full, otherwise 6 significant figures. */
    static final NumberText N = NumberText.plain(DisplayRule.significantFigures(6), 10).inTex();

    private Lines() {
    }

    /** @return {@code tex} as inline maths */
    static String math(String tex) {
        return "\\(" + tex + "\\)";
    }

    /** @return a number as written in a worked line */
    static String n(Real value) {
        return N.of(value);
    }

    /** @return a number as a factor: negative ones in brackets */
    static String f(Real value) {
        return N.factor(value);
    }

    /** @return {@code " = 0.58"} or {@code " \approx 0.1978"} */
    static String is(Real value) {
        return N.result(value);
    }
}
