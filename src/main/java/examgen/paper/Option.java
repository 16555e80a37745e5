package examgen.paper;

import java.util.Optional;

import examgen.generate.Mistake;
import examgen.numeric.Real;

/**
 * One option of a multiple-choice part as printed: its label ({@code A}), its markup, whether it is
 * right, and for a wrong one the mistake behind it (modelled, for a numeric distractor) in words.
 */
public record Option(String label, String markup, boolean correct, String whyWrong, Optional<Mistake> mistake,
        Optional<Real> value) {
}
