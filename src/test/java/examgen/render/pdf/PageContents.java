package examgen.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;

/** The drawing operators of a PDF's pages, as the tests read them. */
final class PageContents {

    private PageContents() {
    }

    /** @return each page's content stream, decompressed, one character a byte */
    static List<String> of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<String> pages = new ArrayList<>();
            for (int number = 1; number <= reader.getNumberOfPages(); number++) {
                pages.add(new String(reader.getPageContent(number), StandardCharsets.ISO_8859_1));
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
