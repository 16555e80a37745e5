package examgen.paper;

import java.util.List;
import java.util.regex.Pattern;

import examgen.explain.NumberText;
import examgen.generate.Distractor;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/** The answer of one part, as a marker uses it. */
public sealed interface Answer {

    /**
     * A number: exact, printed by {@code rule} as {@code display}, accepted within {@code tolerance}
     * (half a unit in the last printed place), with the values of the modelled mistakes.
     */
    record Numeric(Real value, DisplayRule rule, Real tolerance, String display, List<Distractor> mistakes) implements Answer {
        private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
        /** Twelve figures: more than any printed answer has, few enough to read. */
        private static final NumberText TWELVE_FIGURES = NumberText.plain(DisplayRule.significantFigures(12), 12);

        public Numeric {
            mistakes = List.copyOf(mistakes);
        }

        /**
         * @return the exact value where the printed answer rounds it, as a key shows it: in full when
         *     short, as a fraction when small, otherwise to 12 significant figures after ≈; empty when
         *     the printed answer is exact
         */
        public String exactText() {
            boolean printedExactly = value.isExact() && PLAIN_DECIMAL.matcher(display).matches() && Real.parse(display).equals(value);
            if (printedExactly) {
                return "";
            }
            if (value.isExact() && value.terminatingDecimal().map(d -> d.precision() <= 12).orElse(false)) {
                return value.toString();
            }
            if (value.isExact() && value.exactValue().getDenominator().bitLength() <= 10) {
                return value.fractionString();
            }
            return "≈ " + TWELVE_FIGURES.of(value);
        }

        /**
         * @return the printed answer as a number field reads it: plain decimal digits, rounded as printed, also where the
         *     paper prints a fraction or a power of ten ({@code 9/14} gives {@code 0.6429})
         */
        public String typed() {
            return rule.round(value).toPlainString();
        }

        /** @return the tolerance as a key shows it */
        public String toleranceText() {
            return TWELVE_FIGURES.of(tolerance);
        }
    }

    /** Multiple choice: the options in printed order and the right one's label. */
    record Choice(List<Option> options, String correctLabel) implements Answer {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /** A written answer: the model answer and the points a marker looks for. */
    record Text(String modelAnswer, List<String> markingPoints) implements Answer {
        public Text {
            markingPoints = List.copyOf(markingPoints);
        }
    }
}
