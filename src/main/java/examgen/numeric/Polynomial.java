package examgen.numeric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A polynomial {@code c0 + c1·x + c2·x² + …} with exact coefficients, such as the notes' bumpy
 * one-dimensional loss landscapes. Evaluated by Horner's rule, so exact at exact points.
 */
public final class Polynomial {

    private final List<Real> coefficients;

    /** @param coefficients lowest power first; trailing zeros are dropped */
    public Polynomial(List<Real> coefficients) {
        List<Real> trimmed = new ArrayList<>(coefficients);
        while (trimmed.size() > 1 && trimmed.get(trimmed.size() - 1).signum() == 0) {
            trimmed.remove(trimmed.size() - 1);
        }
        if (trimmed.isEmpty()) {
            trimmed.add(Real.ZERO);
        }
        this.coefficients = List.copyOf(trimmed);
    }

    /** @return the polynomial with these coefficients, lowest power first, each parsed exactly */
    public static Polynomial parse(String... coefficients) {
        return new Polynomial(Arrays.stream(coefficients).map(Real::parse).toList());
    }

    /** @return the coefficients, lowest power first */
    public List<Real> coefficients() {
        return coefficients;
    }

    public int degree() {
        return coefficients.size() - 1;
    }

    /** @return the value at {@code x} */
    public Real at(Real x) {
        Real value = Real.ZERO;
        for (int power = coefficients.size() - 1; power >= 0; power--) {
            value = value.multiply(x).add(coefficients.get(power));
        }
        return value;
    }

    /** @return the derivative */
    public Polynomial derivative() {
        List<Real> derived = new ArrayList<>();
        for (int power = 1; power < coefficients.size(); power++) {
            derived.add(coefficients.get(power).multiply(Real.of(power)));
        }
        return new Polynomial(derived);
    }

    /** @return the polynomial in plain text, highest power first: {@code x^4 - 3x^2 + 0.5x} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int power = coefficients.size() - 1; power >= 0; power--) {
            Real c = coefficients.get(power);
            if (c.signum() == 0 && !(power == 0 && text.length() == 0)) {
                continue;
            }
            String magnitude = c.abs().toString();
            if (text.length() > 0) {
                text.append(c.signum() < 0 ? " - " : " + ");
            } else if (c.signum() < 0) {
                text.append('-');
            }
            boolean unit = c.abs().equals(Real.ONE) && power > 0;
            text.append(unit ? "" : magnitude).append(power == 0 ? "" : power == 1 ? "x" : "x^" + power);
        }
        return text.toString();
    }
}
