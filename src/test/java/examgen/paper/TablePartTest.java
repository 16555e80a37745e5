package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.bank.Bank;
import examgen.bank.BankException;
import examgen.bank.QuestionSpec;
import examgen.numeric.Real;
import examgen.random.VariantCode;
import examgen.render.PageModel;
import examgen.render.PageRenderer;
import examgen.render.PaperWriter;

/** The slide-41 table as a table part: one cell a part, each marked and keyed, laid out as one table. */
class TablePartTest {

    private static final Path QUESTION = Path.of("src/test/resources/banks/slide-41.yaml");

    @Test
    void theSlide41TableOfTheToyNetworkReproducesTheNotesCellByCell() {
        Variant variant = new VariantFactory().generate(Bank.readQuestion(QUESTION), 1);
        assertEquals(List.of("a", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12"),
                variant.parts().stream().map(Part::label).toList());
        String[] notes = {"-0.8198", "-0.229544", "0.1329544", "-0.344316", "0.1544316", "-0.24594", "0.234594", "-0.36891", "0.116891",
            "-0.475484", "0.1875484", "-0.541068", "0.2041068"};
        for (int i = 0; i < notes.length; i++) {
            Part part = variant.parts().get(i);
            assertEquals(Real.parse(notes[i]), ((Answer.Numeric) part.answer()).value(), part.label());
            assertEquals(1, part.marks(), "each cell is marked");
        }
        assertEquals("0.2041", ((Answer.Numeric) variant.parts().get(12).answer()).display());
        Part.Cell w6Update = variant.parts().get(12).cell().orElseThrow();
        assertEquals("\\(w_{6}\\)", w6Update.row());
        assertEquals(1, w6Update.column());
        assertEquals("b", w6Update.table());
    }

    @Test
    void aTablePartPrintsAsOneTableOnThePaperAndInTheKey(@TempDir Path out) throws IOException {
        QuestionSpec question = Bank.readQuestion(QUESTION);
        Variant variant = new VariantFactory().generate(question, 1);
        Paper paper = new Paper(Bank.load(Path.of("question-bank")).expectPaper("backprop-quiz"), "t", new VariantCode("t", 0), List.of(variant));
        new PaperWriter(new PageRenderer(Path.of("templates"))).write(paper, null, EnumSet.allOf(PageModel.Kind.class),
                EnumSet.of(PaperWriter.Format.HTML), out);
        String page = Files.readString(out.resolve("paper.html"));
        String key = Files.readString(out.resolve("key.html"));
        assertEquals(1, count(page, "<table class=\"cells\">"));
        assertEquals(12, count(page, "<span class=\"cell-label\">"));
        assertTrue(page.contains("(b12) [1]"));
        assertTrue(!page.contains("0.2041"), "no answer on the student's paper");
        assertTrue(key.contains("<strong>0.2041</strong>"), "the key's cell holds its answer");
        assertTrue(key.contains("<td>1(b12)</td>"), "the key's answer table lists every cell");
    }

    @Test
    void anUnknownTableIsRefusedNamingTheLineAndTheTablesThereAre(@TempDir Path bank) throws IOException {
        Path file = bank.resolve("t.yaml");
        Files.writeString(file, Files.readString(QUESTION).replace("table: slide-41", "table: slide-42"));
        BankException e = assertThrows(BankException.class, () -> Bank.readQuestion(file));
        assertTrue(e.getMessage().contains("t.yaml:20: parts[2].table: generator network has no table 'slide-42'; it offers slide-41"),
                e.getMessage());
    }

    /** The notes' fixed numbers keep h1 on: asked to be dead, the question fails after its draws, naming the conditions' line. */
    @Test
    void aConditionTheFixedNumbersCannotMeetIsAnErrorNamingItsLine(@TempDir Path bank) throws IOException {
        Path file = bank.resolve("t.yaml");
        Files.writeString(file, Files.readString(QUESTION).replace("conditions: all-active", "conditions: [dead h1]"));
        QuestionSpec question = Bank.readQuestion(file);
        GenerationException e = assertThrows(GenerationException.class, () -> new VariantFactory().generate(question, 1));
        assertEquals(file + ":13: question slide-41: the constraint 'h1 dead with the numbers fixed in the bank' could not be met in "
                + VariantFactory.MAX_DRAWS + " draws; widen the parameter ranges or change the conditions", e.getMessage());
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
