package examgen.explain;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the markup of questions and worked solutions — prose with inline TeX between
 * {@code \(} and {@code \)} (or display TeX between {@code \[} and {@code \]}) — into plain
 * Unicode text for terminals, CSV files, text alternatives and PDF text layers:
 * {@code \(\frac{\partial E}{\partial w_{1}} = \Delta \cdot w_{5} \cdot x_{1}\)} becomes
 * {@code ∂E/∂w1 = Δ·w5·x1}.
 *
 * <p>It knows the TeX commands that examgen's templates and generators write; an unknown command
 * is kept as its name without the backslash, so nothing is lost silently in a test.
 */
public final class TexText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("partial", "∂"), Map.entry("Delta", "Δ"), Map.entry("delta", "δ"), Map.entry("sigma", "σ"),
            Map.entry("alpha", "α"), Map.entry("mu", "μ"), Map.entry("varepsilon", "ε"), Map.entry("epsilon", "ε"),
            Map.entry("ell", "ℓ"), Map.entry("nabla", "∇"), Map.entry("times", "×"), Map.entry("le", "≤"),
            Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("approx", "≈"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("sum", "Σ"), Map.entry("neq", "≠"),
            Map.entry("ne", "≠"), Map.entry("infty", "∞"), Map.entry("in", "∈"), Map.entry("mathbb", ""),
            Map.entry("lvert", "|"), Map.entry("rvert", "|"), Map.entry("vert", "|"), Map.entry("pm", "±"),
            Map.entry("prime", "′"), Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("left", ""),
            Map.entry("right", ""), Map.entry("lbrace", "{"), Map.entry("rbrace", "}"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("min", "min"), Map.entry("max", "max"), Map.entry("ln", "ln"),
            Map.entry("exp", "exp"), Map.entry("lambda", "λ"), Map.entry("theta", "θ"), Map.entry("eta", "η"),
            Map.entry("Rightarrow", "⇒"), Map.entry("Leftarrow", "⇐"), Map.entry("Leftrightarrow", "⇔"), Map.entry("implies", "⟹"),
            Map.entry("iff", "⟺"), Map.entry("leftarrow", "←"), Map.entry("mapsto", "↦"), Map.entry("cdots", "⋯"));

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");
    /** A part that reads as one symbol or number, so that it needs no brackets as an operand. */
    private static final Pattern ATOM = Pattern.compile("[\\p{L}\\p{N}.∂′\u0302]+");

    private TexText() {
    }

    /** @return the markup as plain text: prose kept, every maths segment converted */
    public static String toPlain(String markup) {
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < markup.length()) {
            int open = nextOpening(markup, at);
            if (open < 0) {
                plain.append(markup, at, markup.length());
                break;
            }
            plain.append(markup, at, open);
            String close = markup.charAt(open + 1) == '(' ? "\\)" : "\\]";
            int end = markup.indexOf(close, open + 2);
            if (end < 0) {
                throw new IllegalArgumentException("maths opened with \\" + markup.charAt(open + 1) + " is never closed: " + markup);
            }
            plain.append(mathToPlain(markup.substring(open + 2, end)));
            at = end + 2;
        }
        return plain.toString();
    }

    private static int nextOpening(String markup, int from) {
        int round = markup.indexOf("\\(", from);
        int square = markup.indexOf("\\[", from);
        if (round < 0) {
            return square;
        }
        return square < 0 ? round : Math.min(round, square);
    }

    /** @return one maths segment as plain text */
    public static String mathToPlain(String tex) {
        String plain = RUNS_OF_SPACES.matcher(new Converter(tex).convert()).replaceAll(" ").strip();
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    /** A recursive-descent reader of the TeX subset, one group at a time. */
    private static final class Converter {
        private final String tex;
        private int at;

        Converter(String tex) {
            this.tex = tex;
        }

        String convert() {
            StringBuilder out = new StringBuilder();
            while (at < tex.length()) {
                String piece = next();
                if (piece.equals("·") || piece.equals("; ")) {
                    // a \cdot b is written a·b, and a row of cases ends at its last character
                    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                }
                out.append(piece);
            }
            return out.toString();
        }

        private String next() {
            char c = tex.charAt(at);
            switch (c) {
                case '\\':
                    return command();
                case '{':
                    return group();
                case '}':
                    at++;
                    return "";
                case '_':
                    at++;
                    return argument();
                case '^':
                    at++;
                    return superscript(argument());
                case '~':
                case '&':
                    at++;
                    return " ";
                default:
                    at++;
                    return String.valueOf(c);
            }
        }

        /** Reads {@code {…}} or a single character or command. */
        private String argument() {
            skipSpaces();
            if (at >= tex.length()) {
                return "";
            }
            return tex.charAt(at) == '{' ? group() : next();
        }

        private String group() {
            int depth = 0;
            int start = at + 1;
            for (int i = at; i < tex.length(); i++) {
                if (tex.charAt(i) == '{' && (i == 0 || tex.charAt(i - 1) != '\\')) {
                    depth++;
                } else if (tex.charAt(i) == '}' && tex.charAt(i - 1) != '\\') {
                    depth--;
                    if (depth == 0) {
                        at = i + 1;
                        return new Converter(tex.substring(start, i)).convert();
                    }
                }
            }
            throw new IllegalArgumentException("unbalanced braces in maths: " + tex);
        }

        private String command() {
            at++;
            if (at >= tex.length()) {
                return "";
            }
            char first = tex.charAt(at);
            if (!Character.isLetter(first)) {
                at++;
                return switch (first) {
                    case '\\' -> "; ";
                    case ',', ';', ':', '!', ' ' -> first == '!' ? "" : " ";
                    case '{', '}', '%', '#', '&', '_', '$', '|' -> String.valueOf(first);
                    default -> String.valueOf(first);
                };
            }
            int start = at;
            while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
                at++;
            }
            String name = tex.substring(start, at);
            switch (name) {
                case "cdot":
                    skipSpaces();
                    return "·";
                case "frac":
                case "tfrac":
                case "dfrac": {
                    String numerator = argument();
                    String denominator = argument();
                    if (numerator.equals("1") && denominator.equals("2")) {
                        return "½";
                    }
                    return wrap(numerator) + "/" + wrap(denominator);
                }
                case "hat":
                    return argument() + "\u0302";
                case "sqrt":
                    return "√(" + argument() + ")";
                case "mathrm":
                case "text":
                case "mathit":
                case "mathbf":
                case "operatorname":
                    return argument();
                case "begin":
                    return argument().equals("cases") ? "{ " : "";
                case "end":
                    return argument().equals("cases") ? " }" : "";
                case "partial":
                case "nabla":
                    skipSpaces();
                    return SYMBOLS.get(name);
                default:
                    return SYMBOLS.getOrDefault(name, name);
            }
        }

        private void skipSpaces() {
            while (at < tex.length() && tex.charAt(at) == ' ') {
                at++;
            }
        }

        private static String wrap(String part) {
            return ATOM.matcher(part).matches() ? part : "(" + part + ")";
        }

        private static String superscript(String exponent) {
            StringBuilder out = new StringBuilder();
            for (char c : exponent.toCharArray()) {
                if (c >= '0' && c <= '9') {
                    out.append(SUPERSCRIPTS.charAt(c - '0'));
                } else if (c == '-' || c == '−') {
                    out.append('⁻');
                } else if (c == '′' || c == '\'') {
                    out.append('′');
                } else {
                    return "^(" + exponent + ")";
                }
            }
            return out.toString();
        }
    }
}
