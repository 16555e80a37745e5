package examgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

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
}
