package examgen.generate;

import java.util.Locale;

/**
 * The modelled mistakes behind wrong answers: each multiple-choice distractor is one of these, and
 * a marker can name the mistake when a student's answer matches it.
 */
public enum Mistake {
    SIGN_FLIPPED("the update's sign flipped: w + α·∂E/∂w climbs the loss instead of descending it"),
    SLOPE_SIGN("the slope's sign flipped: −L′(x), the way descent moves, given for the slope L′(x)"),
    NO_LEARNING_RATE("the learning rate left out: the whole gradient subtracted"),
    LEFT_TO_RIGHT("w − α·∇loss worked left to right as (w − α)·∇loss, where the product comes first"),
    GATE_IGNORED("the ReLU gate ignored: the gradient taken as if the unit were active"),
    DELTA_REVERSED("Δ taken as y − ŷ instead of ŷ − y"),
    HALF_DROPPED("the ½ of the loss dropped (or the 2 of the derivative kept)"),
    WRONG_PATH_WEIGHT("the wrong path weight: the weight out of another unit, w6 where the path runs through w5 (or the reverse)"),
    PRE_ACTIVATION_FOR_ACTIVATION("the pre-activation used where the activation belongs"),
    SIGMA_FOR_SIGMA_PRIME("the activation used where its derivative belongs: σ for σ′ = σ(1 − σ), tanh for tanh′ = 1 − tanh²"),
    WRONG_INPUT("the wrong input or upstream activation multiplied in"),
    UNSCALED("the mean subtracted but the difference not divided by the batch's standard deviation"),
    SAMPLE_DEVIATION("the sample standard deviation (divide by m − 1) used instead of the batch's own (divide by m)"),
    THRESHOLD_SIGN("the threshold's sign flipped: s = b/w instead of s = −b/w"),
    PRODUCT_FOR_QUOTIENT("w taken as −b·s: multiplied by the threshold where w = −b/s divides by it"),
    OUTPUT_WEIGHT_SIGN("an output weight's sign flipped: the step up is weighted by the height, the step down by minus the height"),
    STEPS_ADDED("the two steps added, where the step down is subtracted (its output weight is minus the height)"),
    ONE_UNIT_PER_PIECE("one hidden unit per piece counted instead of two"),
    EDGE_FOR_MIDDLE("f taken at the piece's left edge instead of its middle"),
    TARGET_FOR_STAIRCASE("f(x) itself given for the staircase's output, which is flat across each piece"),
    DISTANCE_SIGNED("the absolute value dropped: the difference taken the other way round, though a distance is never negative"),
    SIGMOID_FOR_RELU("the sigmoid chain's product given for the ReLU chain's: an active ReLU's derivative is 1, not at most 0.25"),
    UNITS_FOR_FACTORS("the units of the chain counted instead of the factors between them (n units have n − 1)"),
    WRONG_EXAMPLE("the step taken on the wrong example, or the batch summed instead of averaged");

    private final String description;

    Mistake(String description) {
        this.description = description;
    }

    /** @return what the student did, as a key's or feedback's sentence */
    public String description() {
        return description;
    }

    /** @return the id used in files: {@code sign-flipped} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
