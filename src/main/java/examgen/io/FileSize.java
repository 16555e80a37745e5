package examgen.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Sizes of files as their readers say them: in decimal units, as disks are sold and file managers show them. */
public final class FileSize {

    private FileSize() {
    }

    /** @return "906 bytes", "906.4 kB", "88.1 MB", "885.3 GB" */
    public static String of(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        int unit = 0;
        double value = bytes;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /**
     * A file far larger than its kind ever is, which is another file given by mistake: refused before it is read.
     *
     * @param kind what the file should be, as a reader says it ("a CSV file of a class")
     * @return "is 68.2 MB, more than a CSV file of a class holds (at most 64.0 MB); is it the right file?", or empty
     */
    public static Optional<String> beyond(Path file, long most, String kind) throws IOException {
        long size = Files.size(file);
        return size <= most ? Optional.empty()
                : Optional.of("is " + of(size) + ", more than " + kind + " holds (at most " + of(most) + "); is it the right file?");
    }
}
