package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetLogTest {

    @Test
    void findsWhatAPageFromDiskAskedForAndNotWhatChromiumDid() {
        String log = "{\"params\":{\"initiator\":\"not an origin\",\"method\":\"POST\",\"url\":\"https://update.googleapis.com/x\"},\"phase\":1}\n"
                + "{\"params\":{\"initiator\":\"null\",\"load_flags\":10240,\"method\":\"GET\",\"network_isolation_key\":\"file://\","
                + "\"site_for_cookies\":\"SiteForCookies: {site=file://; schemefully_same=true}\",\"url\":\"https://example.com/x.png\"},\"phase\":1}\n"
                + "{\"params\":{\"initiator\":\"null\",\"url\":\"file:///tmp/katex/katex.min.js\"},\"phase\":1}\n";
        assertEquals(List.of("https://example.com/x.png"), NetLog.offDisk(log));
    }
}
