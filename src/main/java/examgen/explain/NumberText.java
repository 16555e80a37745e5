package examgen.explain;

import java.math.BigDecimal;
import java.util.Optional;

import examgen.numeric.DisplayRule;
import examgen.numeric.Real;

/**
 * How a worked solution writes a number: an exact value whose decimals end soon in full, as the
 * notes do ({@code -0.541068}), anything else rounded by the display rule, with {@code ≈} rather
 * than {@code =} in front of it as a result.
 */
public record NumberText(DisplayRule rule, int longestExactPlaces, boolean tex) {

    /** @return plain-text numbers: exact decimals up to {@code longestExactPlaces} places, otherwise by {@code rule} */
    public static NumberText plain(DisplayRule rule, int longestExactPlaces) {
        return new NumberText(rule, longestExactPlaces, false);
    }

    /** @return the same numbers written for TeX maths ({@code \approx}, {@code \times 10^{-7}}) */
    public NumberText inTex() {
        return new NumberText(rule, longestExactPlaces, true);
    }

    private static final Real SMALLEST_PLAIN = Real.parse("1e-4");
    private static final Real LARGEST_PLAIN = Real.parse("1e7");
    private static final BigDecimal LARGEST_PLAIN_DECIMAL = BigDecimal.TEN.pow(7);

    /**
     * @return the number as written in a worked line; with a significant-figures rule, a very
     *     small or very large one in scientific form ({@code 4.15169 × 10⁻⁸⁵}), not as a row of zeros
     */
    public String of(Real value) {
        return shortExact(value).orElseGet(() -> {
            Real size = value.abs();
            boolean extreme = size.signum() != 0 && (size.compareTo(SMALLEST_PLAIN) < 0 || size.compareTo(LARGEST_PLAIN) >= 0);
            DisplayRule shown = extreme && rule.mode() == DisplayRule.Mode.SIGNIFICANT_FIGURES ? rule.inScientific() : rule;
            return tex ? shown.formatTex(value) : shown.format(value);
        });
    }

    /** @return {@code " = 0.58"} for a number written in full, {@code " ≈ 0.197816"} for a rounded one */
    public String result(Real value) {
        return (shortExact(value).isPresent() ? " = " : tex ? " \\approx " : " ≈ ") + of(value);
    }

    /** @return the value in full if it is an exact decimal of few places below ten million: a larger one is not short, however exact */
    private Optional<String> shortExact(Real value) {
        return value.terminatingDecimal()
                .filter(decimal -> decimal.scale() <= longestExactPlaces && decimal.abs().compareTo(LARGEST_PLAIN_DECIMAL) < 0)
                .map(BigDecimal::toPlainString);
    }

    /** @return the number as a factor in a product: negative ones and fractions in brackets, {@code (-0.14)} */
    public String factor(Real value) {
        String text = of(value);
        return value.signum() < 0 || text.contains("frac") || text.contains("/") ? "(" + text + ")" : text;
    }

    /** @return these numbers, with a short exact fraction such as 1/6 written as a fraction */
    public NumberText withFractions() {
        return new NumberText(rule.withFractions(), longestExactPlaces, tex);
    }
}
