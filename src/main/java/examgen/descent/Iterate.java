package examgen.descent;

import examgen.numeric.Real;

/** One point of a descent: {@code x_k}, the loss there, and the slope {@code L'(x_k)} it steps against. */
public record Iterate(int index, Real x, Real loss, Real slope) {
}
