package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line as a user would, for tests in other packages: status, standard output, standard error. */
public final class TestLauncher {

    private TestLauncher() {
    }

    public record Result(int status, String out, String err) {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    /** @return the command line, ready to start in a JVM of its own: for a test of signals, or of another locale */
    public static ProcessBuilder inAnotherJvm(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Whether a run in another JVM has begun what a test would stop it in. */
    @FunctionalInterface
    public interface Begun {
        boolean test() throws IOException;
    }

    /**
     * Starts the command line in a JVM of its own, stops it as kill or a closed terminal does (SIGTERM; Ctrl-C's SIGINT
     * runs the same hooks) once {@code begun} holds, and waits for it to end.
     *
     * @return all it printed
     */
    public static String stopOnceBegun(Begun begun, String... args) throws IOException, InterruptedException {
        Path said = Files.createTempFile("examgen-said", ".txt");
        Process run = inAnotherJvm(args).redirectErrorStream(true).redirectOutput(said.toFile()).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!begun.test() && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(begun.test(), "the run began: " + Files.readString(said));
            run.destroy();
            assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the run stopped");
            return Files.readString(said);
        } finally {
            run.destroyForcibly();
            Files.delete(said);
        }
    }

    /**
     * Runs the command line in a JVM of its own with a Java heap of {@code heapMegabytes}: for a test that a command's
     * memory does not grow with its input
     *
     * @return its status, and all it printed as its output
     */
    public static Result runWithHeap(int heapMegabytes, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = inAnotherJvm(args);
        builder.command().add(1, "-Xmx" + heapMegabytes + "m");
        Process run = builder.redirectErrorStream(true).start();
        String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(run.waitFor(), said, "");
    }
}
