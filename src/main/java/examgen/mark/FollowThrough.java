package examgen.mark;

import java.util.Map;
import java.util.Optional;

import examgen.generate.network.NetworkQuestionGenerator;
import examgen.numeric.Real;
import examgen.paper.Variant;

/**
 * What a later part should be if the student's own earlier answers were right: on a network question
 * as {@link NetworkFollowThrough} derives it, the next iterate from their last, a batch step from
 * their batch gradient, a normalised value from their mean and deviation. A later answer that matches earns its marks.
 */
final class FollowThrough {

    private FollowThrough() {
    }

    /**
     * @param given the student's numeric answers so far, by answer key
     * @return the value the part should have from those answers, or empty if it depends on none of them
     */
    static Optional<Real> expected(Variant variant, String key, Map<String, Real> given) {
        if (variant.generator().equals(NetworkQuestionGenerator.ID)) {
            return NetworkFollowThrough.expected(variant, key, given);
        }
        Map<String, Object> v = variant.values();
        switch (key) {
            case "x2":
            case "x3": {
                String before = key.equals("x2") ? "x1" : "x2";
                return ifGiven(given, before, x -> x.subtract(r(v, "alpha").multiply(slope(v, x))));
            }
            case "batch_w":
                return ifGiven(given, "batch_gradient", g -> r(v, "w").subtract(r(v, "alpha").multiply(g)));
            case "normalised":
                if (given.containsKey("mean") && given.containsKey("deviation") && given.get("deviation").signum() != 0) {
                    Real a = r(v, "a" + v.get("k"));
                    return Optional.of(a.subtract(given.get("mean")).divide(given.get("deviation")));
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private interface Step {
        Real apply(Real earlier);
    }

    private static Optional<Real> ifGiven(Map<String, Real> given, String key, Step step) {
        return given.containsKey(key) ? Optional.of(step.apply(given.get(key))) : Optional.empty();
    }

    /** L'(x) = 4x³ − 2p·x + q, the slope of the descent question's loss. */
    private static Real slope(Map<String, Object> v, Real x) {
        return Real.of(4).multiply(x.pow(3)).subtract(Real.of(2).multiply(r(v, "p")).multiply(x)).add(r(v, "q"));
    }

    private static Real r(Map<String, Object> values, String name) {
        return (Real) values.get(name);
    }
}
