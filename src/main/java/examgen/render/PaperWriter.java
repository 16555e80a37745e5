package examgen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import examgen.paper.Paper;
import examgen.render.pdf.FormulaMemory;
import examgen.render.pdf.PdfRenderer;

/**
 * Writes a paper and its marking key into a folder: {@code paper.pdf}, {@code paper.html},
 * {@code key.pdf}, {@code key.html} (the formats and kinds asked for), and KaTeX beside the HTML.
 * PDF and HTML come from the same template and the same figures.
 */
public final class PaperWriter {

    /** The output formats. */
    public enum Format { PDF, HTML }

    /** The formulas laid out, one memory for each thread: a batch's threads write their students side by side. */
    private static final ThreadLocal<FormulaMemory> FORMULAS = ThreadLocal.withInitial(FormulaMemory::new);

    private final PageRenderer pages;
    private final PdfRenderer pdf;

    public PaperWriter(PageRenderer pages) {
        this(pages, true);
    }

    /** @param taggedPdf false for PDFs without their logical structure, to measure what it costs ({@code benchmark --stages}) */
    public PaperWriter(PageRenderer pages, boolean taggedPdf) {
        this.pages = pages;
        this.pdf = new PdfRenderer(taggedPdf);
    }

    /**
     * @param student the name and id to print, or null for blanks to fill in
     * @return the files written, in order
     */
    public List<Path> write(Paper paper, PageModel.Student student, Set<PageModel.Kind> kinds, Set<Format> formats, Path folder) {
        List<Path> written = write(paper, student, kinds, formats, folder, "katex");
        if (formats.contains(Format.HTML)) {
            KatexAssets.copyTo(folder);
        }
        return written;
    }

    /**
     * Writes the files but not KaTeX: a batch keeps one copy for all its students.
     *
     * @param katex where the HTML pages find KaTeX, relative to {@code folder}
     */
    public List<Path> write(Paper paper, PageModel.Student student, Set<PageModel.Kind> kinds, Set<Format> formats, Path folder,
            String katex) {
        List<Path> written = new ArrayList<>();
        FormulaMemory formulas = FORMULAS.get();
        formulas.nextStudent();
        try {
            Files.createDirectories(folder);
            for (PageModel.Kind kind : PageModel.Kind.values()) {
                if (!kinds.contains(kind)) {
                    continue;
                }
                String name = kind == PageModel.Kind.PAPER ? "paper" : "key";
                if (formats.contains(Format.PDF)) {
                    PageModel model = new PageModel();
                    String xhtml = pages.render(PageRenderer.PAGE, model.build(paper, kind, PageModel.Medium.PDF, student, null));
                    Path file = folder.resolve(name + ".pdf");
                    Files.write(file, pdf(xhtml, model, formulas, paper.code().studentSeed() * 2 + kind.ordinal()));
                    written.add(file);
                }
                if (formats.contains(Format.HTML)) {
                    String html = pages.render(PageRenderer.PAGE,
                            new PageModel().build(paper, kind, PageModel.Medium.HTML, student, new SvgFigures(), katex));
                    Path file = folder.resolve(name + ".html");
                    Files.writeString(file, html, StandardCharsets.UTF_8);
                    written.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** @throws PageRenderer.RenderException naming the template when the page it made is not XHTML a PDF can be made from */
    private byte[] pdf(String xhtml, PageModel model, FormulaMemory formulas, long seed) {
        try {
            return pdf.render(xhtml, model.figures(), formulas, seed, model.scale());
        } catch (PdfRenderer.MalformedPage e) {
            throw new PageRenderer.RenderException(pages.file(PageRenderer.PAGE) + ": the page it made for the PDF is " + e.getMessage()
                    + "; correct the template's tags that write it (every tag closed, in order; entities as numbers, such as &#160;)");
        }
    }
}
