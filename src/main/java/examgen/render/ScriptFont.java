package examgen.render;

import java.awt.Font;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import examgen.render.figure.Fonts;

/**
 * The fonts, shipped with examgen, that print names in the scripts DejaVu lacks. Flying Saucer takes
 * no glyph from a second font by itself, so a page marks each run of such a script with the run's
 * class, whose font its stylesheet names; the scripts written right to left or with joined and
 * reordered letters are {@link #shaped} by the PDF renderer.
 */
public enum ScriptFont {
    CHINESE_JAPANESE("han", "Droid Sans Fallback", "DroidSansFallbackFull.ttf", false,
            UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.BOPOMOFO),
    KOREAN("hangul", "NanumGothic", "NanumGothic.ttf", false, UnicodeScript.HANGUL),
    ARABIC("arabic", "Noto Sans Arabic", "NotoSansArabic-Regular.ttf", true, UnicodeScript.ARABIC),
    HEBREW("hebrew", "Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", true, UnicodeScript.HEBREW),
    DEVANAGARI("devanagari", "Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf", true, UnicodeScript.DEVANAGARI),
    THAI("thai", "Noto Sans Thai", "NotoSansThai-Regular.ttf", true, UnicodeScript.THAI);

    /** The typeface of the pages' text, which covers Latin, Greek, Cyrillic, Armenian and Georgian. */
    private static final String BODY = "DejaVuSerif.ttf";
    /** Below it, Latin and its punctuation, all in the pages' own font. */
    private static final int LATIN_END = 0x0250;

    private final String name;
    private final String family;
    private final String file;
    private final boolean shaped;
    private final Set<UnicodeScript> scripts;

    ScriptFont(String name, String family, String file, boolean shaped, UnicodeScript... scripts) {
        this.name = name;
        this.family = family;
        this.file = file;
        this.shaped = shaped;
        this.scripts = Set.of(scripts);
    }

    /** @return the class that marks a run of the script on a page ({@code script-arabic}) */
    public String cssClass() {
        return "script-" + name;
    }

    /** @return the font's family name, as the stylesheet names it */
    public String family() {
        return family;
    }

    /** @return the font's file under {@code /fonts/} */
    public String file() {
        return file;
    }

    /** @return whether its letters join, reorder or run right to left, so that they need laying out as glyphs */
    public boolean shaped() {
        return shaped;
    }

    /** A run of text and the font it needs, or none for the pages' own. */
    public record Run(String text, Optional<ScriptFont> font) {
    }

    /**
     * @return the text in runs of one font each; spaces, digits, punctuation and combining marks stay
     *     with the run they stand in where its font has them, so that a name in Arabic is one run,
     *     laid out right to left as a whole
     */
    public static List<Run> runs(String text) {
        if (text.chars().allMatch(c -> c < LATIN_END)) {
            // most of every page: no need to ask for each letter's script
            return List.of(new Run(text, Optional.empty()));
        }
        List<Run> runs = new ArrayList<>();
        int start = 0;
        Optional<ScriptFont> current = Optional.empty();
        for (int at = 0; at < text.length(); at += Character.charCount(text.codePointAt(at))) {
            int c = text.codePointAt(at);
            UnicodeScript script = UnicodeScript.of(c);
            boolean shared = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
            Optional<ScriptFont> font = fullWidthLatin(c, script) ? Optional.of(CHINESE_JAPANESE)
                    : shared ? current.filter(f -> font(Optional.of(f)).canDisplay(c)) : of(script);
            if (!font.equals(current)) {
                add(runs, text.substring(start, at), current);
                start = at;
                current = font;
            }
        }
        add(runs, text.substring(start), current);
        return runs;
    }

    /**
     * @return whether it is a letter, digit or sign of the full-width Latin that Japanese and Chinese systems type names in
     *     ("ＹＡＭＡＤＡ"): East Asian fonts draw them, DejaVu does not
     */
    private static boolean fullWidthLatin(int c, UnicodeScript script) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                && (script == UnicodeScript.LATIN || script == UnicodeScript.COMMON);
    }

    /** Adds a run; a space at the end of a run in another script goes to the pages' font, or right to left it would print first. */
    private static void add(List<Run> runs, String text, Optional<ScriptFont> font) {
        String kept = font.isPresent() ? text.stripTrailing() : text;
        append(runs, kept, font);
        append(runs, text.substring(kept.length()), Optional.empty());
    }

    private static void append(List<Run> runs, String text, Optional<ScriptFont> font) {
        if (text.isEmpty()) {
            return;
        }
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.font().equals(font)) {
            runs.set(runs.size() - 1, new Run(last.text() + text, font));
        } else {
            runs.add(new Run(text, font));
        }
    }

    /**
     * @return why the text cannot go into a PDF, naming what of it no shipped font prints as a reader
     *     would ("no font examgen ships prints 'Ꮳ', 'Ꮃ' (Cherokee)"), or empty if all of it prints
     */
    public static Optional<String> unprintableProblem(String text) {
        List<String> missing = unprintable(text);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String scripts = missing.stream().map(c -> UnicodeScript.of(c.codePointAt(0)).name().replace('_', ' ').toLowerCase(Locale.ROOT))
                .distinct().map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1)).collect(Collectors.joining(", "));
        return Optional.of("no font examgen ships prints " + missing.stream().limit(5).map(c -> "'" + c + "'").collect(Collectors.joining(", "))
                + (missing.size() > 5 ? ", …" : "") + " (" + scripts + ")");
    }

    /** @return the characters of the text that no shipped font prints, each once, in order */
    public static List<String> unprintable(String text) {
        List<String> missing = new ArrayList<>();
        for (Run run : runs(text)) {
            Font font = font(run.font());
            run.text().codePoints().filter(c -> !Character.isWhitespace(c) && !font.canDisplay(c)).mapToObj(Character::toString)
                    .filter(c -> !missing.contains(c)).forEach(missing::add);
        }
        return missing;
    }

    private static Font font(Optional<ScriptFont> font) {
        return Fonts.shipped(font.map(ScriptFont::file).orElse(BODY));
    }

    /**
     * @return the script whose run carries that class
     * @throws IllegalArgumentException if none does
     */
    public static ScriptFont ofClass(String cssClass) {
        return Arrays.stream(values()).filter(f -> f.cssClass().equals(cssClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no script has the class '" + cssClass + "'"));
    }

    private static Optional<ScriptFont> of(UnicodeScript script) {
        return Arrays.stream(values()).filter(f -> f.scripts.contains(script)).findFirst();
    }
}
