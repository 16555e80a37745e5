package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./examgen} launcher, run from a checkout whose path has spaces, with a stand-in
 * {@code java} that prints the arguments it was given, one a line, and notes its locale's character set.
 */
class LauncherTest {

    /** A checkout under "My exams" with a built jar and its class archive, newer than the sources. */
    private static Path checkout(Path root) throws IOException {
        Path home = root.resolve("My exams").resolve("examgen");
        Files.createDirectories(home.resolve("src/main"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("examgen"), home.resolve("examgen"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Instant built = Instant.now().plusSeconds(60);
        for (String file : List.of("target/examgen.jar", "target/examgen.jsa")) {
            Files.writeString(home.resolve(file), "");
        }
        Files.setLastModifiedTime(home.resolve("target/examgen.jar"), FileTime.from(built));
        Files.setLastModifiedTime(home.resolve("target/examgen.jsa"), FileTime.from(built.plusSeconds(1)));
        return home;
    }

    /** @return the arguments the launcher gave java */
    private static List<String> javaArguments(Path root, Path home, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\nlocale charmap > \"$0.charmap\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("examgen").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().remove("EXAMGEN_JAVA_OPTS");
        builder.environment().putAll(environment);
        // a file that -Dpattern=* would expand to, were the options taken as file names
        Files.writeString(root.resolve("-Dpattern=bait"), "");
        builder.directory(root.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.lines().toList();
    }

    @Test
    void aCheckoutUnderAPathWithSpacesRunsWithItsClassArchive(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        List<String> arguments = javaArguments(root, home, Map.of(), "batch", "--roster", "class list.csv");
        String target = home.resolve("target").toString();
        assertEquals(List.of("-Xmx640m", "-XX:+UseParallelGC", "-XX:MaxInlineLevel=9", "-XX:FreqInlineSize=200", "-XX:InlineSmallCode=1500",
                "-XX:SharedArchiveFile=" + target + "/examgen.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dexamgen.home=" + home, "-jar", target + "/examgen.jar", "batch", "--roster", "class list.csv"), arguments);
    }

    @Test
    void javaOptionsFromTheEnvironmentReplaceTheDefaultsWordByWord(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        List<String> arguments = javaArguments(root, home, Map.of("EXAMGEN_JAVA_OPTS", " -Xmx2g  -Dpattern=* "), "--version");
        assertEquals(List.of("-Xmx2g", "-Dpattern=*"), arguments.subList(0, 2));
        assertEquals("-XX:SharedArchiveFile=" + home.resolve("target/examgen.jsa"), arguments.get(2));
    }

    @Test
    void javaRunsInUtf8UnderAPlainCLocaleSoThatIdsInAnyScriptCanNameFolders(@TempDir Path root) throws Exception {
        javaArguments(root, checkout(root), Map.of("LC_ALL", "C", "LANG", "C"), "--version");
        assertEquals("UTF-8", Files.readString(root.resolve("bin/java.charmap")).strip());
    }
}
