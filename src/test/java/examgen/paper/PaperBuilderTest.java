package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.export.Json;
import examgen.export.VariantJson;

class PaperBuilderTest {

    private static final Bank BANK = Bank.load(Path.of("question-bank"));
    private static final PaperSpec PRACTICE = BANK.expectPaper("week7-practice");

    @Test
    void variantVOfEverySlotIsTheOneOnThePaperOfStudentPrefixV() {
        PaperBuilder builder = new PaperBuilder(BANK, new VariantFactory());
        List<List<Variant>> bySlot = builder.variantsBySlot(PRACTICE, "moodle", 3);
        assertEquals(PRACTICE.slots().size(), bySlot.size());
        for (int v = 1; v <= 3; v++) {
            Paper paper = builder.build(PRACTICE, "moodle-" + v);
            for (int slot = 0; slot < bySlot.size(); slot++) {
                assertEquals(3, bySlot.get(slot).size());
                assertEquals(Json.write(VariantJson.variant(paper.variants().get(slot))), Json.write(VariantJson.variant(bySlot.get(slot).get(v - 1))));
            }
        }
    }

    @Test
    void anInterruptedThreadMakesNoMorePapers() {
        PaperBuilder builder = new PaperBuilder(BANK, new VariantFactory());
        Thread.currentThread().interrupt();
        try {
            CancellationException stopped = assertThrows(CancellationException.class, () -> builder.variantsBySlot(PRACTICE, "moodle", 1000));
            assertEquals("stopped after 0 of 1000 papers", stopped.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays for the caller to see");
        } finally {
            Thread.interrupted();
        }
    }
}
