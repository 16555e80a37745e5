package examgen.generate;

import examgen.numeric.Real;

/** A wrong value that a modelled mistake gives, e.g. the update with its sign flipped. */
public record Distractor(Mistake mistake, Real value) {
}
