package examgen.network;

/**
 * A named quantity as the notes write it: plain text for tables and search ({@code w5},
 * {@code ŷ}, {@code h1,2}) and TeX for typeset pages ({@code w_{5}}, {@code \hat y}).
 */
public record Symbol(String plain, String tex) {

    /** @return {@code letter} with the subscript {@code index}: {@code w5} and {@code w_{5}} */
    public static Symbol indexed(String letter, int index) {
        return new Symbol(letter + index, letter + "_{" + index + "}");
    }

    /** @return {@code letter} with two subscripts, as the notes' deep net writes {@code h_{1,3}} */
    public static Symbol indexed(String letter, int first, int second) {
        return new Symbol(letter + first + "," + second, letter + "_{" + first + "," + second + "}");
    }

    @Override
    public String toString() {
        return plain;
    }
}
