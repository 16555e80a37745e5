package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccommodationsTest {

    @Test
    void extraTimeIsPrintedWithTheTimeInAllWhereThePapersDurationReads() {
        assertEquals("2 hours + 25% extra time (2 hours 30 minutes in all)", Accommodations.of("", "25%").duration("2 hours"));
        assertEquals("30 minutes + 15 minutes extra time (45 minutes in all)", Accommodations.of("no", "15 minutes").duration("30 minutes"));
        assertEquals("1 hour 30 minutes + 10% extra time (1 hour 39 minutes in all)", Accommodations.of("", "10%").duration("1 hour 30 minutes"));
        assertEquals("two hours + 25% extra time", Accommodations.of("", "25%").duration("two hours"), "a duration in words gets no sum");
        assertEquals("2 hours", Accommodations.NONE.duration("2 hours"));
    }

    @Test
    void largePrintSetsSixteenPointText() {
        assertEquals(16f, 10.5f * Accommodations.of("Yes", "").scale(), 1e-4);
        assertEquals(1f, Accommodations.of("", "").scale());
        assertTrue(Accommodations.of("x", "").largePrint());
    }

    @Test
    void aValueThatIsNeitherIsRefusedSayingWhatIsRead() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Accommodations.of("maybe", "")).getMessage()
                .contains("'maybe' is neither yes nor no"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Accommodations.of("", "double")).getMessage()
                .contains("neither a share such as 25% nor minutes such as 30 minutes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Accommodations.of("", "900%")).getMessage()
                .contains("not between 1% and 300%"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Accommodations.of("", "0 minutes")).getMessage()
                .contains("not between 1 and 600 minutes"));
    }
}
