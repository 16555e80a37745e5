package examgen.paper;

import java.util.List;

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
        public Numeric {
            mistakes = List.copyOf(mistakes);
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
