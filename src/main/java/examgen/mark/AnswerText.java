package examgen.mark;

import java.util.Optional;

import examgen.numeric.Real;

/**
 * Reads an answer as a student typed it: stray spaces, a comma for the decimal point ({@code 0,58}),
 * a fraction ({@code -1/3}), a leading plus, a minus sign or dash in place of the hyphen.
 */
final class AnswerText {

    private AnswerText() {
    }

    /** @return the number, or empty when the text is blank */
    static Optional<Real> number(String typed) {
        String text = typed.strip().replace(" ", "").replace('\u2212', '-').replace('\u2013', '-');
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0 && text.indexOf(',') == text.lastIndexOf(',')) {
            text = text.replace(',', '.');
        }
        return Optional.of(Real.parse(text));
    }
}
