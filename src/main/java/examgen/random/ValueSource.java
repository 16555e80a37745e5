package examgen.random;

import java.util.List;

import examgen.numeric.Real;

/**
 * Where a question's numbers come from: drawn from a range, or fixed in the bank (the notes' own
 * weights, say), so that a lecturer can pin some numbers and draw the rest.
 */
public sealed interface ValueSource {

    /**
     * @return {@code count} numbers: drawn, or the fixed ones
     * @throws IllegalArgumentException if fixed numbers are not {@code count} in number
     */
    List<Real> take(Draw draw, int count);

    /** @return whether the numbers are drawn, and so may be changed to meet a condition */
    boolean isDrawn();

    /** Numbers drawn from a range. */
    record Drawn(DecimalRange range) implements ValueSource {
        @Override
        public List<Real> take(Draw draw, int count) {
            return draw.decimals(range, count);
        }

        @Override
        public boolean isDrawn() {
            return true;
        }

        @Override
        public String toString() {
            return range.toString();
        }
    }

    /** Numbers written in the bank, in order. */
    record Fixed(List<Real> values) implements ValueSource {
        public Fixed {
            values = List.copyOf(values);
        }

        @Override
        public List<Real> take(Draw draw, int count) {
            if (values.size() != count) {
                throw new IllegalArgumentException("needs " + count + " number" + (count == 1 ? "" : "s") + ", got " + values.size());
            }
            return values;
        }

        @Override
        public boolean isDrawn() {
            return false;
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }
}
