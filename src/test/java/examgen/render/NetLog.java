package examgen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests a page made, read from Chromium's NetLog ({@code --log-net-log}): a page opened from
 * disk has the opaque origin, so its requests carry the initiator "null"; Chromium's own background
 * requests do not, and are no concern of the page's.
 */
public final class NetLog {

    private static final Pattern PAGE_REQUEST = Pattern.compile("\"initiator\":\"null\"[^\\n]*?\"url\":\"([^\"]*)\"");

    private NetLog() {
    }

    /** @return the URLs the page asked for that are not on this disk */
    public static List<String> offDisk(String log) {
        List<String> urls = new ArrayList<>();
        Matcher requests = PAGE_REQUEST.matcher(log);
        while (requests.find()) {
            String url = requests.group(1);
            if (!url.startsWith("file:") && !url.startsWith("data:")) {
                urls.add(url);
            }
        }
        return urls;
    }

    public static List<String> offDisk(Path log) throws IOException {
        return offDisk(Files.readString(log));
    }
}
