package examgen.generate;

import java.util.List;

import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/**
 * The solved answer to one part, with the worked steps that reach it (markup: prose with TeX
 * between {@code \(} and {@code \)}).
 */
public sealed interface Solution {

    List<String> steps();

    /** A number: exact, printed by {@code rule}, with the values of modelled mistakes. */
    record Numeric(Real value, DisplayRule rule, List<String> steps, List<Distractor> distractors) implements Solution {
        public Numeric {
            steps = List.copyOf(steps);
            distractors = List.copyOf(distractors);
        }
    }

    /** A choice among options written out, exactly one of them right. */
    record Choice(List<Option> options, List<String> steps) implements Solution {
        public Choice {
            options = List.copyOf(options);
            steps = List.copyOf(steps);
            if (options.stream().filter(Option::correct).count() != 1) {
                throw new IllegalArgumentException("a choice needs exactly one right option");
            }
        }
    }

    /** A written answer: the model answer and the points a marker looks for. */
    record Text(String modelAnswer, List<String> markingPoints) implements Solution {
        public Text {
            markingPoints = List.copyOf(markingPoints);
        }

        @Override
        public List<String> steps() {
            return List.of(modelAnswer);
        }
    }

    /** One option of a choice: its markup, whether it is right, and the mistake behind it if not. */
    record Option(String markup, boolean correct, String whyWrong) {
        public static Option right(String markup) {
            return new Option(markup, true, "");
        }

        public static Option wrong(String markup, String whyWrong) {
            return new Option(markup, false, whyWrong);
        }
    }
}
