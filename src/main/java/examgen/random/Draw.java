package examgen.random;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import examgen.numeric.Real;

/**
 * The random draws of one variant, from one seeded generator: the same seed gives the same draws
 * on every machine (Commons Math's Mersenne Twister, pinned with the build).
 */
public final class Draw {

    private final RandomGenerator random;

    public Draw(long seed) {
        this.random = new MersenneTwister(seed);
    }

    /** @return a decimal from the range, every allowed value equally likely */
    public Real decimal(DecimalRange range) {
        long low = DecimalRange.unitsCeil(range.min(), range.places());
        long high = DecimalRange.unitsFloor(range.max(), range.places());
        long units;
        do {
            units = low + (long) (random.nextDouble() * (high - low + 1));
        } while (range.nonZero() && units == 0 || units > high);
        return Real.of(units, DecimalRange.pow10(range.places()));
    }

    /** @return {@code count} decimals from the range */
    public List<Real> decimals(DecimalRange range, int count) {
        List<Real> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(decimal(range));
        }
        return values;
    }

    /** @return a whole number from {@code low} to {@code high}, both included */
    public int integer(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** @return one of the items, each equally likely */
    public <T> T choice(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** @return a fair coin */
    public boolean coin() {
        return random.nextBoolean();
    }

    /** @return the items in a random order (Fisher–Yates) */
    public <T> List<T> shuffled(List<T> items) {
        List<T> shuffled = new ArrayList<>(items);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return shuffled;
    }
}
