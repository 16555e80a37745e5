package examgen.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSizeTest {

    @Test
    void sizesAreSaidInDecimalUnits() {
        assertEquals("999 bytes", FileSize.of(999));
        assertEquals("1.0 kB", FileSize.of(1000));
        assertEquals("906.4 kB", FileSize.of(906_400));
        assertEquals("88.1 MB", FileSize.of(88_100_000));
        assertEquals("885.3 GB", FileSize.of(885_300_000_000L));
    }

    @Test
    void onlyAFileBeyondTheMostIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("list.csv"), new byte[1500]);
        assertEquals(Optional.empty(), FileSize.beyond(file, 1500, "a list"));
        assertEquals(Optional.of("is 1.5 kB, more than a list holds (at most 1.4 kB); is it the right file?"), FileSize.beyond(file, 1400, "a list"));
    }
}
