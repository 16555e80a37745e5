package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private long now;

    @Test
    void theTimeLeftFollowsTheRecentPaceNotTheWarmingUp() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> now, "students");
        // ten students a second apart while the JVM compiles, then ten a second
        int done = 0;
        for (; done < 10; ) {
            now += 1_000_000_000L;
            progress.update(++done, 300);
        }
        for (; done < 210; ) {
            now += 100_000_000L;
            progress.update(++done, 300);
        }
        List<String> lines = Arrays.stream(bytes.toString(StandardCharsets.UTF_8).split("\r")).filter(l -> !l.isEmpty()).toList();
        assertEquals("  1/300 students, estimating the time left\u001b[K", lines.get(0));
        // redrawn every quarter second, last at 208: the ten seconds before saw 100 students, so 92 are 9 s away
        // (the average since the start, 208 in 29.8 s, would say 13 s)
        assertEquals("  208/300 students, 10.0 a second, about 9 s left\u001b[K", lines.get(lines.size() - 1));

        for (; done < 300; ) {
            now += 100_000_000L;
            progress.update(++done, 300);
        }
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r  300/300 students, done\u001b[K" + System.lineSeparator()));
    }

    @Test
    void clearingTakesTheLineAwayForWhatIsPrintedNextAndTheNextUpdateDrawsItAgain() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> now, "seeds");
        progress.update(1000, 4000);
        progress.clear();
        progress.clear();
        // a twentieth of a second later, sooner than a redraw, but the line was taken away
        now += 50_000_000L;
        progress.update(2000, 4000);
        assertEquals("\r  1000/4000 seeds, estimating the time left\u001b[K\r\u001b[K\r  2000/4000 seeds, estimating the time left\u001b[K",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
