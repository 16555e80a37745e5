package examgen.bank;

import java.nio.file.Path;
import java.util.List;

/** A paper specification: what the front page says, the seed, and the ordered slots. */
public record PaperSpec(String id, String title, String course, String date, String duration, Snippet instructions,
        long seed, List<SlotSpec> slots, Path file) {

    public PaperSpec {
        slots = List.copyOf(slots);
    }

    /** @return the same paper with another seed, for a fresh set of variants */
    public PaperSpec withSeed(long newSeed) {
        return new PaperSpec(id, title, course, date, duration, instructions, newSeed, slots, file);
    }
}
