package examgen.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import examgen.render.figure.Figure;

/**
 * Turns an XHTML page into a PDF (A4, or A3 in large print: the page's style says) with Flying Saucer: maths and
 * figures painted as vectors, fonts embedded, and the same bytes for the same page and seed — the creation date, the
 * file id and the font subsets' names all come from the seed, not from the clock or a random source.
 */
public final class PdfRenderer {

    /** The fonts are built once per thread: building them per document would cost tens of milliseconds. */
    private static final ThreadLocal<PdfFonts> FONTS = ThreadLocal.withInitial(PdfFonts::new);

    /** A parser for each thread, made once: making one is a good part of the cost of parsing a page. */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            // Flying Saucer visits every node: building them all at once is cheaper than Xerces's lazy expansion
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a feature examgen sets: " + e.getMessage(), e);
        }
    });

    /**
     * Each thread's styles, kept from page to page: they hold the stylesheets parsed, by URI (the default one, and a
     * page's own under a data: URI of its text), and parsing them again for every page cost about 1% of a batch; and
     * they remember the style of each shape of element ({@link StyleMemory}). Their user agent is each page's
     * renderer's, given before the page.
     */
    private static final ThreadLocal<StyleReference> STYLES = ThreadLocal.withInitial(StyleMemory::new);

    /** Whether the PDF is tagged (PDF/UA); only the benchmark makes untagged ones, to show what tagging costs. */
    private final boolean tagged;

    /** A fixed start of the dates given to documents, which then differ by their seed's seconds within a year. */
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    static {
        // a glyph missing from every font becomes a visible '#' that a test can catch, never a silent gap
        System.setProperty("xr.renderer.replace-missing-characters", "true");
        // keep the stylesheets parsed (Flying Saucer drops them before every page unless told): see STYLES
        System.setProperty("xr.cache.stylesheets", "true");
        System.setProperty("java.awt.headless", "true");
    }

    /** A renderer of tagged PDFs. */
    public PdfRenderer() {
        this(true);
    }

    /** @param tagged false for PDFs without their logical structure, to measure what it costs ({@code benchmark --stages}) */
    public PdfRenderer(boolean tagged) {
        this.tagged = tagged;
    }

    /**
     * @param figures the figures the page names by id
     * @param formulas the formulas laid out before, to use again and add to
     * @param seed fixes the document's date, id and subset names
     */
    public byte[] render(String xhtml, Map<String, Figure> figures, FormulaMemory formulas, long seed) {
        return render(xhtml, figures, formulas, seed, 1);
    }

    /** @param scale how many times their drawn size the page sets its formulas and figures: more than 1 in large print */
    public byte[] render(String xhtml, Map<String, Figure> figures, FormulaMemory formulas, long seed, float scale) {
        Document page = parse(xhtml);
        Indentation.remove(page);
        return render(page, xhtml, figures, formulas, seed, scale);
    }

    /** @param page the page parsed from {@code xhtml}, laid out as it is */
    byte[] render(Document page, String xhtml, Map<String, Figure> figures, FormulaMemory formulas, long seed) {
        return render(page, xhtml, figures, formulas, seed, 1);
    }

    private byte[] render(Document page, String xhtml, Map<String, Figure> figures, FormulaMemory formulas, long seed, float scale) {
        PdfFonts fonts = FONTS.get();
        fonts.reseed(seed);
        String language = page.getDocumentElement().getAttribute("lang");
        VisibleTextDevice device = new VisibleTextDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT, tagged);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, fonts.resolver());
        SharedContext context = renderer.getSharedContext();
        StyleReference styles = STYLES.get();
        styles.setUserAgentCallback(context.getUserAgentCallback());
        context.setCss(styles);
        context.setReplacedElementFactory(new ExamElementFactory(
                new ITextReplacedElementFactory(renderer.getOutputDevice()), figures, fonts, formulas,
                renderer.getOutputDevice().getDotsPerPoint(), scale));
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void preOpen(ITextRenderer r) {
                // zlib's fastest level: 8% less time for a paper and key than its default, for 7% more bytes
                r.getWriter().setCompressionLevel(Deflater.BEST_SPEED);
                // a viewer's window shows the paper's title and code, not "paper.pdf", and a screen reader knows the language
                r.getWriter().setViewerPreferences(PdfWriter.DisplayDocTitle);
                // tagged for PDF/UA: the structure is made as the page is drawn (VisibleTextDevice); its thousands of small
                // dictionaries go into compressed object streams, where they would have doubled the file
                if (tagged) {
                    r.getWriter().setTagged();
                }
                r.getWriter().setFullCompression();
                r.getWriter().setXmpMetadata(UniversalAccess.metadata(title(page)));
                if (!language.isEmpty()) {
                    r.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
                }
            }

            @Override
            public void onClose(ITextRenderer r) {
                device.finishStructure();
                Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
                date.setTimeInMillis(EPOCH.plusSeconds(Math.floorMod(seed, 365L * 24 * 3600)).toEpochMilli());
                r.getWriter().getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
                // the trailer's /ID, both halves from the page and seed (OpenPDF would draw the second at random)
                String id = HexFormat.of().formatHex(digest(xhtml, seed));
                r.getWriter().getInfo().put(PdfName.FILEID, new PdfLiteral("[<" + id + "><" + id + ">]"));
            }
        });
        renderer.setDocument(page, "file:///", new ExamNamespaceHandler());
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** @return the page's title, which the PDF's metadata repeats */
    private static String title(Document page) {
        var titles = page.getElementsByTagName("title");
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
    }

    /** Throws at the first error: the parser's own handler would print "[Fatal Error]" to the console before it throws. */
    private static final DefaultHandler QUIET = new DefaultHandler() {
        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** A page its template made that is not well-formed XHTML, which Flying Saucer needs: an edited template's doing. */
    public static final class MalformedPage extends RuntimeException {
        MalformedPage(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Flying Saucer's own loading goes through an identity transform; a plain DOM parse is faster and the same.
     *
     * @throws MalformedPage saying where the page breaks XML's rules, with that line of it
     */
    static Document parse(String xhtml) {
        DocumentBuilder parser = PARSER.get();
        parser.setErrorHandler(QUIET); // reset() below drops it
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            String line = xhtml.lines().skip(Math.max(0, e.getLineNumber() - 1)).findFirst().orElse("").strip();
            throw new MalformedPage("not well-formed XHTML at the page's line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + " ('" + (line.length() > 100 ? line.substring(0, 100) + "…" : line) + "'): " + e.getMessage().replaceAll("\\.$", ""), e);
        } catch (SAXException | IOException e) {
            throw new MalformedPage("not readable XHTML: " + e.getMessage(), e);
        } finally {
            parser.reset();
        }
    }

    private static byte[] digest(String xhtml, long seed) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(xhtml.getBytes(StandardCharsets.UTF_8));
            md5.update(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
