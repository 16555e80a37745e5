package examgen.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import examgen.render.BuiltIn;

/** A key prints a mistake's description as text (beside a wrong answer, and in italics beside a wrong option). */
class MistakeTest {

    @Test
    void everyDescriptionPrintsInTheKeysTextFonts() throws Exception {
        for (String file : List.of("DejaVuSerif.ttf", "DejaVuSerif-Italic.ttf")) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BuiltIn.bytes("/fonts/" + file, file)));
            for (Mistake mistake : Mistake.values()) {
                // a character the font lacks would print as '#'
                assertEquals(-1, font.canDisplayUpTo(mistake.description()), file + " lacks a character of " + mistake.description());
            }
        }
    }
}
