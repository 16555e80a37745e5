package examgen.bank;

import java.util.Optional;

import examgen.numeric.DisplayRule;

/**
 * One part of a bank question: which of the generator's answers it asks for, its marks and text,
 * the display rule of a numeric answer, and whether it is asked as multiple choice with
 * {@code options} options.
 */
public record PartSpec(String answer, int marks, Snippet text, Optional<DisplayRule> rule, int options) {

    /** @return whether the part is asked as multiple choice */
    public boolean isChoice() {
        return options > 0;
    }
}
