package examgen.random;

import java.math.RoundingMode;

import examgen.numeric.Real;

/**
 * The decimals a draw may take: from {@code min} to {@code max} in steps of {@code 10^-places},
 * zero left out when {@code nonZero} (a zero weight makes a question degenerate).
 */
public record DecimalRange(Real min, Real max, int places, boolean nonZero) {

    /** How far a range may reach either side of zero: far beyond any question's numbers, and its grid still fits a long. */
    private static final Real LIMIT = Real.of(1_000_000_000L);

    public DecimalRange {
        if (places < 0 || places > 6) {
            throw new IllegalArgumentException("places must be from 0 to 6, got " + places);
        }
        if (min.abs().compareTo(LIMIT) > 0 || max.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("the range [" + min + ", " + max + "] reaches beyond ±" + LIMIT
                    + "; give min and max within it");
        }
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("the range is empty (min " + min + " > max " + max + "); give min ≤ max");
        }
        long values = count(min, max, places);
        if (values == 0) {
            throw new IllegalArgumentException("no multiple of " + step(places) + " lies in [" + min + ", " + max
                    + "]; widen the range or give more places");
        }
        // A draw rejects zero until it meets another value: with zero the only one, it would never end
        if (nonZero && values == 1 && unitsCeil(min, places) == 0) {
            throw new IllegalArgumentException("the only multiple of " + step(places) + " in [" + min + ", " + max
                    + "] is 0, which is left out; widen the range, give more places, or allow it with zero: true");
        }
    }

    /** @return {@code [min, max]} with {@code places} decimal places, zero excluded */
    public static DecimalRange of(String min, String max, int places) {
        return new DecimalRange(Real.parse(min), Real.parse(max), places, true);
    }

    /** @return the same range, zero allowed */
    public DecimalRange allowingZero() {
        return new DecimalRange(min, max, places, false);
    }

    private static long count(Real min, Real max, int places) {
        long low = unitsCeil(min, places);
        long high = unitsFloor(max, places);
        return low <= high ? high - low + 1 : 0;
    }

    /** @return the smallest number of units {@code 10^-places} at or above {@code value} */
    static long unitsCeil(Real value, int places) {
        return value.round(places, RoundingMode.CEILING).unscaledValue().longValueExact();
    }

    /** @return the largest number of units {@code 10^-places} at or below {@code value} */
    static long unitsFloor(Real value, int places) {
        return value.round(places, RoundingMode.FLOOR).unscaledValue().longValueExact();
    }

    /** @return the grid's step, {@code 10^-places}, as a decimal ("0.01", "1") */
    private static Real step(int places) {
        return Real.of(1, pow10(places));
    }

    static long pow10(int places) {
        long p = 1;
        for (int i = 0; i < places; i++) {
            p *= 10;
        }
        return p;
    }

    @Override
    public String toString() {
        return "[" + min + ", " + max + "] with " + places + " places" + (nonZero ? ", not 0" : "");
    }
}
