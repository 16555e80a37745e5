package examgen.bank;

import java.util.Optional;

import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/**
 * One part of a bank question: which of the generator's answers it asks for, its marks and text,
 * the display rule of a numeric answer, the smallest size that answer may have (a draw whose
 * answer is nearer 0 is drawn again, so that every student's numbers are of one size), and
 * whether it is asked as multiple choice with {@code options} options.
 */
public record PartSpec(String answer, int marks, Snippet text, Optional<DisplayRule> rule, Optional<Real> atLeast, int options) {

    /** @return whether the part is asked as multiple choice */
    public boolean isChoice() {
        return options > 0;
    }
}
