package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./examgen} launcher, run from a checkout whose path has spaces, with stand-ins: a
 * {@code java} that prints the arguments it was given, one a line, and notes its locale's character
 * set, and a {@code mvn} that notes each build.
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

    /** @return the launcher of {@code home} with stand-ins for java and Maven first on the PATH */
    private static ProcessBuilder launcher(Path root, Path home, Map<String, String> environment, String... args) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        // with ARCHIVING_HANGS, the archiving run notes its scratch folder and its process, then hangs until stopped
        standIn(bin.resolve("java"), "if [ -n \"${ARCHIVING_HANGS:-}\" ] && [ \"$1\" = -Xint ]; then\n"
                + "  dirname \"${2#*=}\" > \"$0.scratch\"; echo $$ > \"$0.archiving.tmp\"; mv \"$0.archiving.tmp\" \"$0.archiving\"; exec sleep 60\nfi\n"
                + "printf '%s\\n' \"$@\"\necho \"$*\" >> \"$0.log\"\nlocale charmap > \"$0.charmap\"\n");
        // Maven takes a second to build, notes each build and leaves a jar
        standIn(bin.resolve("mvn"), "echo build >> \"$0.log\"\nsleep 1\n"
                + "while [ $# -gt 0 ]; do if [ \"$1\" = -f ]; then pom=$2; fi; shift; done\ntouch \"$(dirname \"$pom\")/target/examgen.jar\"\n");
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("examgen").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().remove("EXAMGEN_JAVA_OPTS");
        builder.environment().putAll(environment);
        return builder.directory(root.toFile());
    }

    private static void standIn(Path command, String script) throws IOException {
        Files.writeString(command, "#!/usr/bin/env bash\n" + script);
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** @return the arguments the launcher gave java */
    private static List<String> javaArguments(Path root, Path home, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        // a file that -Dpattern=* would expand to, were the options taken as file names
        Files.writeString(root.resolve("-Dpattern=bait"), "");
        Process process = launcher(root, home, environment, args).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.lines().toList();
    }

    @Test
    void aCheckoutUnderAPathWithSpacesRunsWithItsClassArchive(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        // GNU nproc counts OMP_NUM_THREADS cores: the heap is that of two
        List<String> arguments = javaArguments(root, home, Map.of("OMP_NUM_THREADS", "2"), "batch", "--roster", "class list.csv");
        String target = home.resolve("target").toString();
        assertEquals(List.of("-Xmx640m", "-XX:+UseParallelGC", "-XX:NewRatio=1", "-XX:MaxInlineLevel=5", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=700",
                "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + target + "/examgen.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dexamgen.home=" + home, "-jar", target + "/examgen.jar", "batch", "--roster", "class list.csv"), arguments);
    }

    @Test
    void theClassArchiveIsMadeWithoutTheJitSoThatNoMethodIsArchivedAsQueuedForCompilation(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        Files.delete(home.resolve("target/examgen.jsa"));
        javaArguments(root, home, Map.of(), "--version");
        List<String> calls = Files.readAllLines(root.resolve("bin/java.log"));
        assertEquals(2, calls.size(), "the archive's paper run, then the command: " + calls);
        assertTrue(calls.get(0).startsWith("-Xint -XX:ArchiveClassesAtExit="), calls.get(0));
    }

    @Test
    void anArchiveOlderThanTheLauncherIsMadeAgainSinceItsRecipeMayHaveChanged(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        Files.setLastModifiedTime(home.resolve("examgen"), FileTime.from(Instant.now().plusSeconds(120)));
        javaArguments(root, home, Map.of(), "--version");
        assertTrue(Files.readAllLines(root.resolve("bin/java.log")).get(0).contains("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void shortJobsRunWithTheQuickJitAloneAndLongOnesWithTheOptimisingOneToo(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        StringBuilder rows = new StringBuilder("id,name\n");
        for (int i = 0; i < 220; i++) {
            rows.append(i < 199 ? "k" + i + ",Name " + i + "\n" : ",,\n"); // 199 students, then blank rows
        }
        Files.writeString(root.resolve("class.csv"), rows);
        Files.writeString(root.resolve("long class.csv"), rows.append("k200,Name\n"));
        Map<List<String>, Boolean> quickAlone = Map.of(List.of("paper", "--seed", "7"), true, List.of("--version"), true,
                List.of("batch", "--roster", "class.csv"), true, List.of("batch", "--roster=long class.csv"), false,
                List.of("benchmark"), false, List.of("benchmark", "--students", "199"), true, List.of("benchmark", "--students=200"), false,
                List.of("stress"), false, List.of("stress", "--seeds", "1999"), true);
        quickAlone.forEach((args, expected) -> {
            try {
                assertEquals(expected, javaArguments(root, home, Map.of(), args.toArray(String[]::new)).contains("-XX:TieredStopAtLevel=1"),
                        String.join(" ", args));
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theHeapGrowsWithTheCoresSoThatEachHasAStudentsRoom(@TempDir Path root) throws Exception {
        List<String> arguments = javaArguments(root, checkout(root), Map.of("OMP_NUM_THREADS", "8"), "--version");
        assertEquals("-Xmx1792m", arguments.get(0), "256 MB and 192 MB a core");
        assertTrue(1792 / 8 >= ThreadsOption.HEAP_PER_STUDENT >> 20, "room for a student on every core");
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

    @Test
    void launchersStartedTogetherOnAFreshCloneBuildItOnce(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        Files.delete(home.resolve("target/examgen.jar"));
        List<Process> launchers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            launchers.add(launcher(root, home, Map.of(), "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process launcher : launchers) {
            assertEquals(0, launcher.waitFor());
        }
        assertEquals(List.of("build"), Files.readAllLines(root.resolve("bin/mvn.log")), "the second launcher waited and found the jar built");
    }

    @Test
    void aLauncherStoppedWhileItArchivesStopsItsArchivingRunAndTheOneWaitingGoesOn(@TempDir Path root) throws Exception {
        Path home = checkout(root);
        Files.delete(home.resolve("target/examgen.jsa"));
        Process first = launcher(root, home, Map.of("ARCHIVING_HANGS", "yes"), "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path archiving = root.resolve("bin/java.archiving");
        for (int wait = 0; wait < 200 && !Files.exists(archiving); wait++) {
            Thread.sleep(50);
        }
        long archivingRun = Long.parseLong(Files.readString(archiving).strip());
        Path scratch = Path.of(Files.readString(root.resolve("bin/java.scratch")).strip());
        assertTrue(Files.isDirectory(scratch));

        Process second = launcher(root, home, Map.of(), "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(second.getErrorStream(), StandardCharsets.UTF_8));
        assertEquals("examgen: waiting for another examgen to finish building this checkout ...", said.readLine());

        first.destroy(); // SIGTERM, as kill sends
        assertEquals(143, first.waitFor());
        assertFalse(ProcessHandle.of(archivingRun).map(ProcessHandle::isAlive).orElse(false), "the archiving run is stopped with its launcher");
        assertFalse(Files.exists(scratch), "and its scratch folder removed");
        assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the lock is free: the waiting launcher goes on");
        assertEquals(0, second.exitValue());
    }
}
