package examgen.cli;

import java.util.Locale;
import java.util.Map;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.export.Json;
import examgen.export.VariantJson;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;
import examgen.render.PageModel;
import examgen.render.PageRenderer;
import examgen.render.SvgFigures;
import examgen.render.pdf.PdfRenderer;

/**
 * Where a batch's time goes: the stages of making one student's files, timed one after the other
 * on one thread, after enough students for the JVM to have compiled its hot code.
 */
final class StageTimes {

    /** The stages, in the order a student's files are made. */
    enum Stage {
        GENERATE("numbers and answers drawn and solved"),
        PAPER_PAGE("paper PDF: page model and template"),
        PAPER_PDF("paper PDF: layout and writing"),
        KEY_PAGE("key PDF: page model and template"),
        KEY_PDF("key PDF: layout and writing"),
        HTML("paper and key HTML, figures as SVG"),
        JSON("variants as JSON");

        final String description;

        Stage(String description) {
            this.description = description;
        }
    }

    private final long[] nanos = new long[Stage.values().length];
    private int students;

    /** Makes {@code warmUp} students untimed, then times {@code measured} more. */
    static StageTimes measure(Bank bank, PaperSpec spec, PageRenderer pages, int warmUp, int measured) {
        StageTimes times = new StageTimes();
        PaperBuilder builder = new PaperBuilder(bank, new VariantFactory());
        PdfRenderer pdf = new PdfRenderer();
        for (int i = 0; i < warmUp + measured; i++) {
            if (i == warmUp) {
                times = new StageTimes();
            }
            times.makeOne(builder, spec, pages, pdf, String.format(Locale.ROOT, "s%06d", i + 1));
        }
        return times;
    }

    private void makeOne(PaperBuilder builder, PaperSpec spec, PageRenderer pages, PdfRenderer pdf, String id) {
        long start = System.nanoTime();
        Paper paper = builder.build(spec, id);
        start = lap(Stage.GENERATE, start);
        PageModel.Student student = new PageModel.Student("Student " + id, id);
        for (PageModel.Kind kind : PageModel.Kind.values()) {
            PageModel model = new PageModel();
            Map<String, Object> doc = model.build(paper, kind, PageModel.Medium.PDF, student, null);
            String xhtml = pages.render(PageRenderer.PAGE, doc);
            start = lap(kind == PageModel.Kind.PAPER ? Stage.PAPER_PAGE : Stage.KEY_PAGE, start);
            pdf.render(xhtml, model.figures(), paper.code().studentSeed() * 2 + kind.ordinal());
            start = lap(kind == PageModel.Kind.PAPER ? Stage.PAPER_PDF : Stage.KEY_PDF, start);
        }
        for (PageModel.Kind kind : PageModel.Kind.values()) {
            pages.render(PageRenderer.PAGE, new PageModel().build(paper, kind, PageModel.Medium.HTML, student, new SvgFigures()));
        }
        start = lap(Stage.HTML, start);
        Json.write(VariantJson.paper(paper));
        lap(Stage.JSON, start);
        students++;
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

    /** @return milliseconds per student over all stages */
    double totalMillis() {
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        return total / 1e6 / students;
    }
}
