package examgen.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long inline formula may break across lines: after a relation (=, ≈, <, >, ≤, ≥, ≠) at
 * its top level, as TeX breaks inline maths, and after a plus outside brackets, so that a sum of
 * chain-rule paths longer than a line breaks between its paths. A browser's KaTeX does this by itself; the PDF
 * renderer sets each formula as one unbreakable box, so the page gives it the pieces instead.
 */
final class MathBreaks {

    private static final List<String> RELATIONS = List.of("=", "<", ">", "\\approx", "\\leq", "\\le", "\\geq", "\\ge", "\\neq", "\\ne");

    private MathBreaks() {
    }

    /** @return the formula cut after each top-level relation, each piece stripped; the formula itself when it has none */
    static List<String> pieces(String tex) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int brackets = 0;
        int start = 0;
        int at = 0;
        while (at < tex.length()) {
            char c = tex.charAt(at);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\\') {
                String command = command(tex, at);
                if (command.equals("\\left") || command.equals("\\begin")) {
                    depth++;
                } else if (command.equals("\\right") || command.equals("\\end")) {
                    depth--;
                } else if (depth == 0 && RELATIONS.contains(command)) {
                    at += command.length();
                    start = cut(tex, start, at, pieces);
                    continue;
                }
                at += Math.max(command.length(), 2);
                continue;
            } else if (c == '(' || c == ')') {
                brackets += c == '(' ? 1 : -1;
            } else if (depth == 0 && (RELATIONS.contains(String.valueOf(c)) || c == '+' && brackets == 0 && at > 0)) {
                at++;
                start = cut(tex, start, at, pieces);
                continue;
            }
            at++;
        }
        String rest = tex.substring(start).strip();
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Ends a piece at {@code end}, unless the relation goes on (:=, ==, <=). @return where the next piece starts */
    private static int cut(String tex, int start, int end, List<String> pieces) {
        if (end < tex.length() && "=<>".indexOf(tex.charAt(end)) >= 0) {
            return start;
        }
        pieces.add(tex.substring(start, end).strip());
        return end;
    }

    /** @return the control word or symbol at {@code at}: a backslash and letters, or a backslash and one other character */
    private static String command(String tex, int at) {
        int end = at + 1;
        while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
            end++;
        }
        return end == at + 1 ? tex.substring(at, Math.min(at + 2, tex.length())) : tex.substring(at, end);
    }
}
