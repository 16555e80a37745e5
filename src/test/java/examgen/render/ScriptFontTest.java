package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ScriptFontTest {

    private static ScriptFont.Run run(String text, ScriptFont font) {
        return new ScriptFont.Run(text, Optional.ofNullable(font));
    }

    @Test
    void aNameFallsIntoRunsOfOneFontEach() {
        assertEquals(List.of(run("Zoë O'Brien-Łukasiewicz", null)), ScriptFont.runs("Zoë O'Brien-Łukasiewicz"));
        assertEquals(List.of(run("Ελένη Дмитрий", null)), ScriptFont.runs("Ελένη Дмитрий"), "DejaVu has Greek and Cyrillic");
        assertEquals(List.of(run("محمد علي", ScriptFont.ARABIC)), ScriptFont.runs("محمد علي"), "one run, laid out right to left as a whole");
        assertEquals(List.of(run("李雷", ScriptFont.CHINESE_JAPANESE), run(" Li", null)), ScriptFont.runs("李雷 Li"));
        assertEquals(List.of(run("김민준", ScriptFont.KOREAN)), ScriptFont.runs("김민준"));
        // full-width Latin, as Japanese systems type names, and the ideographic space
        assertEquals(List.of(run("ＹＡＭＡＤＡ", ScriptFont.CHINESE_JAPANESE), run(" Taro", null)), ScriptFont.runs("ＹＡＭＡＤＡ Taro"));
        assertEquals(List.of(run("山田\u3000太郎", ScriptFont.CHINESE_JAPANESE)), ScriptFont.runs("山田\u3000太郎"));
        // the Arabic font has the hyphen but no brackets; the space after the run is the page's, or it would print first
        assertEquals(List.of(run("Ali ", null), run("محمد-علي", ScriptFont.ARABIC), run(" (A)", null)),
                ScriptFont.runs("Ali محمد-علي (A)"));
    }

    @Test
    void whatNoShippedFontPrintsIsNamedWithItsScript() {
        assertEquals(Optional.empty(), ScriptFont.unprintableProblem("Zoë 李雷 김민준 محمد דוד अर्जुन ชัย Ελένη ＹＡＭＡＤＡ"));
        assertEquals(Optional.of("no font examgen ships prints 'Ꮳ', 'Ꮃ', 'Ꭹ' (Cherokee)"), ScriptFont.unprintableProblem("ᏣᎳᎩ Smith"));
    }

    @Test
    void theStylesheetSetsEveryScriptsRunInItsFont() throws IOException {
        String css = Files.readString(Path.of("templates/exam.css"));
        for (ScriptFont font : ScriptFont.values()) {
            assertTrue(css.contains("." + font.cssClass() + " { font-family: \"" + font.family() + "\""), font + " in exam.css");
        }
    }
}
