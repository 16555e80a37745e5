package examgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.export.Json;
import examgen.export.VariantJson;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.render.PageModel;
import examgen.render.PaperWriter;

/**
 * Where a batch's time goes: the files of one student made one after the other on one thread, by
 * the same writer a batch uses, each timed, after enough students for the JVM to have compiled its hot code.
 * Each PDF is also made untagged, for comparison: what its structure costs, measured in turn with it in the same run
 * (between runs this machine's speed drifts by more than the cost).
 */
final class StageTimes {

    /** The stages, in the order a student's files are made. */
    enum Stage {
        GENERATE("numbers and answers drawn and solved", null, null, false),
        PAPER_PDF("paper PDF", PageModel.Kind.PAPER, PaperWriter.Format.PDF, false),
        PAPER_PDF_UNTAGGED("paper PDF untagged", PageModel.Kind.PAPER, PaperWriter.Format.PDF, true),
        KEY_PDF("key PDF", PageModel.Kind.KEY, PaperWriter.Format.PDF, false),
        KEY_PDF_UNTAGGED("key PDF untagged", PageModel.Kind.KEY, PaperWriter.Format.PDF, true),
        PAPER_HTML("paper HTML", PageModel.Kind.PAPER, PaperWriter.Format.HTML, false),
        KEY_HTML("key HTML", PageModel.Kind.KEY, PaperWriter.Format.HTML, false),
        JSON("variants as JSON", null, null, false);

        final String description;
        private final PageModel.Kind kind;
        private final PaperWriter.Format format;
        /** A stage no batch has, timed only to compare with the one before it, and outside the total. */
        final boolean comparison;

        Stage(String description, PageModel.Kind kind, PaperWriter.Format format, boolean comparison) {
            this.description = description;
            this.kind = kind;
            this.format = format;
            this.comparison = comparison;
        }
    }

    private final long[] nanos = new long[Stage.values().length];
    private int students;

    /**
     * Makes {@code warmUp} students untimed, then times {@code measured} more; their files go to {@code folder}, each over the last.
     *
     * @param untagged the writer of the comparison stages, whose PDFs are untagged
     */
    static StageTimes measure(Bank bank, PaperSpec spec, PaperWriter writer, PaperWriter untagged, Path folder, int warmUp, int measured) {
        StageTimes times = new StageTimes();
        PaperBuilder builder = new PaperBuilder(bank, new VariantFactory());
        for (int i = 0; i < warmUp + measured; i++) {
            if (i == warmUp) {
                times = new StageTimes();
            }
            times.makeOne(builder, spec, writer, untagged, folder, String.format(Locale.ROOT, "s%06d", i + 1));
        }
        return times;
    }

    private void makeOne(PaperBuilder builder, PaperSpec spec, PaperWriter writer, PaperWriter untagged, Path folder, String id) {
        long start = System.nanoTime();
        Paper paper = builder.build(spec, id);
        start = lap(Stage.GENERATE, start);
        PageModel.Student student = new PageModel.Student("Student " + id, id);
        for (Stage stage : inTurn()) {
            if (stage.kind != null) {
                (stage.comparison ? untagged : writer).write(paper, student, Set.of(stage.kind), Set.of(stage.format), folder, "katex");
                start = lap(stage, start);
            }
        }
        try {
            Files.writeString(folder.resolve("variants.json"), Json.write(VariantJson.paper(paper)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lap(Stage.JSON, start);
        students++;
    }

    /**
     * @return the stages in order, each comparison before the stage it compares with for every other student, so that
     *     neither of the two always runs in the wake of the other (the collector's debt, the caches it left)
     */
    private List<Stage> inTurn() {
        List<Stage> stages = new ArrayList<>(List.of(Stage.values()));
        if (students % 2 == 1) {
            for (int i = 1; i < stages.size(); i++) {
                if (stages.get(i).comparison) {
                    Collections.swap(stages, i - 1, i);
                }
            }
        }
        return stages;
    }

    private long lap(Stage stage, long start) {
        long now = System.nanoTime();
        nanos[stage.ordinal()] += now - start;
        return now;
    }

    /** @return milliseconds per student spent in the stage */
    double millis(Stage stage) {
        return nanos[stage.ordinal()] / 1e6 / students;
    }

    /** @return milliseconds per student over all stages but the comparisons */
    double totalMillis() {
        long total = 0;
        for (Stage stage : Stage.values()) {
            total += stage.comparison ? 0 : nanos[stage.ordinal()];
        }
        return total / 1e6 / students;
    }
}
