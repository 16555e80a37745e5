package examgen.mark;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import examgen.numeric.Real;

/**
 * Reads an answer as a student typed it: stray spaces, a comma for the decimal point ({@code 0,58}),
 * a fraction ({@code -1/3}), a leading plus, a minus sign or dash in place of the hyphen, and the
 * full-width digits, signs and letters that Chinese and Japanese input methods type ({@code －０．２５}, {@code Ｂ}).
 */
final class AnswerText {

    private AnswerText() {
    }

    /** @return the number, or empty when the text is blank */
    static Optional<Real> number(String typed) {
        String text = plain(typed).replace(" ", "").replace('\u2212', '-').replace('\u2013', '-');
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

    /** @return the option's letter the text names, upper-case ({@code "b)"} and {@code "Ｂ"} name B), or "" if none */
    static String label(String typed) {
        return plain(typed).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    /**
     * @return the text with full-width forms, the ideographic space and the like as their plain characters
     *     (NFKC), as an answer, a question, a part or an id may be typed
     */
    static String plain(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }
}
