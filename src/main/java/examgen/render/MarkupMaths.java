package examgen.render;

/**
 * The maths of a piece of markup, read as for typesetting to see that it can be: a bank's TeX with a
 * mistake in it is found where its file and field are known, not halfway through laying out a PDF.
 */
public final class MarkupMaths {

    private MarkupMaths() {
    }

    /** @throws IllegalArgumentException on one line, naming the formula and what is wrong with it */
    public static void requireTypeset(String markup) {
        try {
            for (Segment segment : Segment.of(markup)) {
                if (segment.math()) {
                    TexFormula.requireReadable(segment.text());
                }
            }
        } catch (IllegalArgumentException e) {
            // JLaTeXMath's messages run over two lines; a problem is reported on one
            throw new IllegalArgumentException(String.join(" ", e.getMessage().lines().toList())
                    + "; correct the maths between \\( and \\)", e);
        }
    }
}
