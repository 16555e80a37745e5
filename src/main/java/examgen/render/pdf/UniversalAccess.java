package examgen.render.pdf;

import java.nio.charset.StandardCharsets;

/** The XMP metadata a PDF/UA-1 file carries: its title, and that it claims PDF/UA part 1. */
final class UniversalAccess {

    private UniversalAccess() {
    }

    /** @return the metadata packet, UTF-8 */
    static byte[] metadata(String title) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }
}
