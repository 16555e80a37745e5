package examgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
