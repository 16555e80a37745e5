package examgen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import examgen.explain.TexText;

/**
 * One maths segment as presentation MathML 2, for QTI 2.1 items, whose schema admits MathML 2 and no TeX: letters as
 * identifiers, numbers, operators, fractions, scripts, accents, roots, upright names, text, spaces and the
 * {@code cases} environment — the TeX that examgen's templates, generators and bank files write, the subset
 * {@link TexText} reads too. An unknown command becomes an identifier of its name, as TexText keeps it. The
 * {@code math} element carries the plain reading as its {@code alttext} and the TeX as an annotation.
 *
 * <p>Written here because no library on Maven Central does it for Java: SnuggleTeX (de.rototor 1.3.0) reads
 * {@code \tfrac{5}{6}} as "56" and {@code \text{if}} as italic letters, and KaTeX, which the HTML pages use, needs an
 * ES2015 engine (Rhino 1.9 has no classes; GraalJS adds 86 MB).
 */
public final class TexMathMl {

    public static final String NAMESPACE = "http://www.w3.org/1998/Math/MathML";

    private static final Map<String, String> IDENTIFIERS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("Delta", "Δ"), Map.entry("epsilon", "ϵ"), Map.entry("varepsilon", "ε"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("pi", "π"),
            Map.entry("sigma", "σ"), Map.entry("Sigma", "Σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
            Map.entry("ell", "ℓ"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("infty", "∞"));
    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("cdot", "·"), Map.entry("times", "×"), Map.entry("le", "≤"), Map.entry("leq", "≤"),
            Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("approx", "≈"), Map.entry("neq", "≠"),
            Map.entry("ne", "≠"), Map.entry("pm", "±"), Map.entry("in", "∈"), Map.entry("to", "→"),
            Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("Rightarrow", "⇒"),
            Map.entry("Leftarrow", "⇐"), Map.entry("Leftrightarrow", "⇔"), Map.entry("implies", "⟹"),
            Map.entry("iff", "⟺"), Map.entry("mapsto", "↦"), Map.entry("sum", "∑"), Map.entry("prod", "∏"),
            Map.entry("dots", "…"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"), Map.entry("prime", "′"),
            Map.entry("lvert", "|"), Map.entry("rvert", "|"), Map.entry("vert", "|"), Map.entry("mid", "|"),
            Map.entry("lbrace", "{"), Map.entry("rbrace", "}"));
    private static final Map<String, String> SPACES = Map.of(",", "0.1667em", ":", "0.2222em", ";", "0.2778em", " ", "0.25em",
            "quad", "1em", "qquad", "2em");

    private TexMathMl() {
    }

    /** Writes {@code tex} as an {@code m:math} element (the prefix {@code m} bound to {@link #NAMESPACE} by the caller). */
    public static void write(XMLStreamWriter xml, String tex) throws XMLStreamException {
        Node row = new Reader(tex).all();
        xml.writeStartElement("m", "math", NAMESPACE);
        xml.writeAttribute("alttext", TexText.mathToPlain(tex));
        xml.writeStartElement("m", "semantics", NAMESPACE);
        row.write(xml);
        xml.writeStartElement("m", "annotation", NAMESPACE);
        xml.writeAttribute("encoding", "application/x-tex");
        xml.writeCharacters(tex);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** An element of the MathML tree: a token with its text, or a box of children. */
    private record Node(String element, String text, List<Node> children, List<String> attributes) {

        static Node token(String element, String text, String... attributes) {
            return new Node(element, text, List.of(), List.of(attributes));
        }

        static Node box(String element, List<Node> children, String... attributes) {
            return new Node(element, null, List.copyOf(children), List.of(attributes));
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartElement("m", element, NAMESPACE);
            for (int i = 0; i < attributes.size(); i += 2) {
                xml.writeAttribute(attributes.get(i), attributes.get(i + 1));
            }
            if (text != null) {
                xml.writeCharacters(text);
            }
            for (Node child : children) {
                child.write(xml);
            }
            xml.writeEndElement();
        }
    }

    /** A recursive-descent reader of the TeX, one row at a time. */
    private static final class Reader {
        private final String tex;
        private int at;

        Reader(String tex) {
            this.tex = tex;
        }

        Node all() {
            List<Node> row = row();
            if (at < tex.length()) {
                throw new IllegalArgumentException("unbalanced braces in maths: " + tex);
            }
            return Node.box("mrow", row);
        }

        /** Reads items up to a closing brace, a cell's end ({@code &}, {@code \\}, {@code \end}) or the end. */
        private List<Node> row() {
            List<Node> row = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (at >= tex.length() || tex.charAt(at) == '}' || tex.charAt(at) == '&' || tex.startsWith("\\\\", at)
                        || tex.startsWith("\\end", at)) {
                    return row;
                }
                Node atom = atom();
                if (atom == null) {
                    continue;
                }
                boolean unary = atom.text() != null && atom.text().equals("−") && (row.isEmpty() || row.get(row.size() - 1).element().equals("mo"));
                skipSpaces();
                if (unary && at < tex.length() && Character.isDigit(tex.charAt(at))) {
                    // -0.13 after "=" or "(": a sign, first in its own row, so that it is set as a prefix with no space after it
                    row.add(Node.box("mrow", List.of(atom, scripts(atom()))));
                } else {
                    row.add(scripts(atom));
                }
            }
        }

        /** Adds the sub- and superscripts (and primes) that follow a base. */
        private Node scripts(Node base) {
            Node sub = null;
            Node sup = null;
            while (true) {
                skipSpaces();
                if (at < tex.length() && tex.charAt(at) == '_') {
                    at++;
                    sub = argument();
                } else if (at < tex.length() && tex.charAt(at) == '^') {
                    at++;
                    sup = argument();
                } else if (at < tex.length() && tex.charAt(at) == '\'') {
                    at++;
                    sup = Node.token("mo", "′");
                } else {
                    break;
                }
            }
            if (sub != null && sup != null) {
                return Node.box("msubsup", List.of(base, sub, sup));
            }
            if (sub != null) {
                return Node.box("msub", List.of(base, sub));
            }
            return sup != null ? Node.box("msup", List.of(base, sup)) : base;
        }

        /** A command's or a script's argument: a braced group, a command, or one character. */
        private Node argument() {
            skipSpaces();
            if (at >= tex.length()) {
                return Node.box("mrow", List.of());
            }
            char c = tex.charAt(at);
            if (c == '{' || c == '\\') {
                Node node = atom();
                return node == null ? Node.box("mrow", List.of()) : node;
            }
            at++;
            return character(c);
        }

        private Node atom() {
            char c = tex.charAt(at);
            if (c == '{') {
                at++;
                List<Node> inner = row();
                expect('}');
                return Node.box("mrow", inner);
            }
            if (c == '\\') {
                return command();
            }
            if (Character.isDigit(c) || c == '.' && at + 1 < tex.length() && Character.isDigit(tex.charAt(at + 1))) {
                int start = at;
                while (at < tex.length() && (Character.isDigit(tex.charAt(at)) || tex.charAt(at) == '.')) {
                    at++;
                }
                return Node.token("mn", tex.substring(start, at));
            }
            at++;
            return character(c);
        }

        private static Node character(char c) {
            if (Character.isDigit(c)) {
                return Node.token("mn", String.valueOf(c));
            }
            if (Character.isLetter(c)) {
                return Node.token("mi", String.valueOf(c));
            }
            return switch (c) {
                case '-' -> Node.token("mo", "−");
                case '~' -> Node.token("mspace", null, "width", "0.25em");
                case '\'' -> Node.token("mo", "′");
                default -> Node.token("mo", String.valueOf(c));
            };
        }

        private Node command() {
            at++;
            if (at >= tex.length()) {
                return null;
            }
            char first = tex.charAt(at);
            if (!Character.isLetter(first)) {
                at++;
                String symbol = String.valueOf(first);
                if (SPACES.containsKey(symbol)) {
                    return Node.token("mspace", null, "width", SPACES.get(symbol));
                }
                return first == '!' ? null : Node.token("mo", symbol);
            }
            int start = at;
            while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
                at++;
            }
            String name = tex.substring(start, at);
            return switch (name) {
                case "frac", "dfrac" -> Node.box("mfrac", List.of(argument(), argument()));
                case "tfrac" -> Node.box("mstyle", List.of(Node.box("mfrac", List.of(argument(), argument()))), "displaystyle", "false");
                case "hat" -> Node.box("mover", List.of(argument(), Node.token("mo", "^")), "accent", "true");
                case "bar", "overline" -> Node.box("mover", List.of(argument(), Node.token("mo", "¯")), "accent", "true");
                case "sqrt" -> Node.box("msqrt", List.of(argument()));
                case "mathrm", "operatorname" -> Node.token("mi", TexText.mathToPlain(rawGroup()), "mathvariant", "normal");
                case "mathit" -> Node.token("mi", TexText.mathToPlain(rawGroup()));
                case "mathbf" -> Node.token("mi", TexText.mathToPlain(rawGroup()), "mathvariant", "bold");
                case "mathbb" -> Node.token("mi", TexText.mathToPlain(rawGroup()), "mathvariant", "double-struck");
                case "text", "textrm", "mbox" -> Node.token("mtext", rawGroup().replace(' ', '\u00a0'));
                case "left", "right" -> delimiter();
                case "begin" -> environment(rawGroup());
                default -> named(name);
            };
        }

        private static Node named(String name) {
            if (SPACES.containsKey(name)) {
                return Node.token("mspace", null, "width", SPACES.get(name));
            }
            if (IDENTIFIERS.containsKey(name)) {
                return Node.token("mi", IDENTIFIERS.get(name));
            }
            if (OPERATORS.containsKey(name)) {
                return Node.token("mo", OPERATORS.get(name));
            }
            // min, max, ln, exp, tanh, … and any unknown command: an upright name
            return Node.token("mi", name);
        }

        /** The delimiter after {@code \left} or {@code \right}; {@code .} is none. */
        private Node delimiter() {
            skipSpaces();
            if (at >= tex.length()) {
                return null;
            }
            if (tex.charAt(at) == '.') {
                at++;
                return null;
            }
            return tex.charAt(at) == '\\' ? command() : character(tex.charAt(at++));
        }

        /** {@code cases} as a brace before a table of rows; any other environment as its table alone. */
        private Node environment(String name) {
            List<Node> rows = new ArrayList<>();
            List<Node> cells = new ArrayList<>();
            while (true) {
                cells.add(Node.box("mtd", List.of(Node.box("mrow", row()))));
                if (at >= tex.length()) {
                    throw new IllegalArgumentException("\\begin{" + name + "} is never ended: " + tex);
                }
                if (tex.charAt(at) == '&') {
                    at++;
                    continue;
                }
                rows.add(Node.box("mtr", cells));
                cells = new ArrayList<>();
                if (tex.startsWith("\\\\", at)) {
                    at += 2;
                    continue;
                }
                if (tex.startsWith("\\end", at)) {
                    at += 4;
                    rawGroup();
                    break;
                }
                throw new IllegalArgumentException("unbalanced braces in \\begin{" + name + "}: " + tex);
            }
            Node table = Node.box("mtable", rows, "columnalign", "left");
            return name.equals("cases") ? Node.box("mrow", List.of(Node.token("mo", "{"), table)) : table;
        }

        /** The text of a braced group as written, or of one character. */
        private String rawGroup() {
            skipSpaces();
            if (at >= tex.length()) {
                return "";
            }
            if (tex.charAt(at) != '{') {
                return String.valueOf(tex.charAt(at++));
            }
            int depth = 0;
            for (int i = at; i < tex.length(); i++) {
                char c = tex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    String group = tex.substring(at + 1, i);
                    at = i + 1;
                    return group;
                }
            }
            throw new IllegalArgumentException("unbalanced braces in maths: " + tex);
        }

        private void expect(char c) {
            if (at >= tex.length() || tex.charAt(at) != c) {
                throw new IllegalArgumentException("unbalanced braces in maths: " + tex);
            }
            at++;
        }

        private void skipSpaces() {
            while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
                at++;
            }
        }
    }
}
