package examgen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import examgen.numeric.Real;

/** A draw takes every decimal of its range, on the grid of its places, and nothing outside it. */
class DrawTest {

    @Test
    void aRangeWithEndsOffTheGridGivesEveryGridPointInsideItButZero() {
        assertEquals(new TreeSet<>(Set.of("-0.1", "0.1", "0.2")), drawn(DecimalRange.of("-0.15", "0.25", 1)));
    }

    @Test
    void endsOnTheGridAreDrawnToo() {
        assertEquals(new TreeSet<>(Set.of("-0.2", "-0.1", "0", "0.1", "0.2")), drawn(DecimalRange.of("-0.2", "0.2", 1).allowingZero()));
    }

    @Test
    void aRangeWithoutAGridPointIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecimalRange.of("0.11", "0.19", 1));
        assertEquals("no multiple of 0.1 lies in [0.11, 0.19]; widen the range or give more places", e.getMessage());
    }

    @Test
    void aRangeWhoseOnlyGridPointIsALeftOutZeroIsRefused() {
        // [-0.4, 0.3] with whole numbers holds 0 alone: a draw that rejects zero would never end
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecimalRange.of("-0.4", "0.3", 0));
        assertEquals("the only multiple of 1 in [-0.4, 0.3] is 0, which is left out; widen the range, give more places,"
                + " or allow it with zero: true", e.getMessage());
        assertEquals(Set.of("0"), drawn(new DecimalRange(Real.parse("-0.4"), Real.parse("0.3"), 0, false)));
    }

    @Test
    void aRangeBeyondABillionIsRefusedRatherThanOverflowingItsGrid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecimalRange.of("-1e30", "0.5", 2));
        assertEquals("the range [-1000000000000000000000000000000, 0.5] reaches beyond ±1000000000; give min and max within it",
                e.getMessage());
        // The widest range allowed, at the most places: its 2·10^15 grid points are still drawn inside it
        Set<String> drawn = drawn(DecimalRange.of("-1e9", "1e9", 6));
        assertTrue(drawn.size() > 290, "distinct draws: " + drawn.size());
        assertTrue(drawn.stream().map(Real::parse).allMatch(v -> v.abs().compareTo(Real.of(1_000_000_000L)) <= 0), drawn.toString());
    }

    /** @return every value 300 seeds drew from the range */
    private static Set<String> drawn(DecimalRange range) {
        Set<String> seen = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) {
            seen.add(new Draw(seed).decimal(range).toString());
        }
        return seen;
    }
}
