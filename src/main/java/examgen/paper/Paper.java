package examgen.paper;

import java.util.List;

import examgen.bank.PaperSpec;
import examgen.random.VariantCode;

/** One student's paper: the specification, who sits it, its code, and one variant per slot. */
public record Paper(PaperSpec spec, String studentId, VariantCode code, List<Variant> variants) {

    public Paper {
        variants = List.copyOf(variants);
    }

    public int totalMarks() {
        return variants.stream().mapToInt(Variant::totalMarks).sum();
    }
}
