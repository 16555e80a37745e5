package examgen.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;

import org.scilab.forge.jlatexmath.FormulaNotFoundException;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A TeX formula laid out by JLaTeXMath at a size in points: its width, its ascent above the
 * baseline and its depth below, and a painter of its glyphs as vectors.
 */
public final class TexFormula {

    static {
        findSymbolsWithoutExceptions();
    }

    private final TeXIcon icon;

    private TexFormula(TeXIcon icon) {
        this.icon = icon;
    }

    /**
     * @param size the font size in points
     * @throws IllegalArgumentException naming the formula that JLaTeXMath cannot read
     */
    public static TexFormula of(String tex, float size) {
        try {
            TeXIcon icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_TEXT, size);
            icon.setForeground(Color.BLACK);
            // no margin around the glyphs: the box is exactly the formula, its bottom the depth below the baseline
            icon.setInsets(new Insets(0, 0, 0, 0), true);
            return new TexFormula(icon);
        } catch (ParseException e) {
            throw unreadable(tex, e);
        }
    }

    /**
     * Reads a formula without laying it out, which is where JLaTeXMath finds what it cannot typeset
     * (an unknown command, a brace left open), for less than laying it out costs.
     *
     * @throws IllegalArgumentException naming the formula that JLaTeXMath cannot read
     */
    public static void requireReadable(String tex) {
        try {
            new TeXFormula(tex);
        } catch (ParseException e) {
            throw unreadable(tex, e);
        }
    }

    private static IllegalArgumentException unreadable(String tex, ParseException e) {
        return new IllegalArgumentException("cannot typeset \\(" + tex + "\\): " + e.getMessage());
    }

    /**
     * JLaTeXMath reads a command such as {@code \sigma} by looking it up among its predefined
     * formulas first, and finds the symbol only after that lookup has thrown and caught an exception:
     * a stack trace for every symbol of every formula, 1.3% of a batch's time. Every symbol that is no
     * predefined formula is made one whose atom is the symbol itself, so that the first lookup finds
     * what the second would have. The predefined formulas JLaTeXMath keeps as text are read here too:
     * it would otherwise read each on first use and store it in a plain map, which two threads laying
     * out formulas at once could write together.
     */
    private static void findSymbolsWithoutExceptions() {
        try {
            for (String name : TeXFormula.predefinedTeXFormulasAsString.keySet()) {
                TeXFormula.get(name);
            }
        } catch (FormulaNotFoundException e) {
            throw new IllegalStateException("JLaTeXMath lists a formula it cannot find", e);
        }
        SymbolAtom.symbols.forEach((name, symbol) -> {
            if (!TeXFormula.predefinedTeXFormulasAsString.containsKey(name)) {
                TeXFormula.predefinedTeXFormulas.putIfAbsent(name, new TeXFormula().add(symbol));
            }
        });
    }

    /** @return the width in points */
    public float width() {
        return icon.getTrueIconWidth();
    }

    /** @return the height above the baseline, in points (JLaTeXMath's "true height" counts the depth in) */
    public float ascent() {
        return icon.getTrueIconHeight() - icon.getTrueIconDepth();
    }

    /** @return the depth below the baseline, in points */
    public float depth() {
        return icon.getTrueIconDepth();
    }

    /** Paints the formula with its top left corner at (0, 0), one unit a point. */
    public void paint(Graphics2D g) {
        icon.paintIcon(null, g, 0, 0);
    }
}
