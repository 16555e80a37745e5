package examgen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code examgen export}: a paper's variants in the formats of learning platforms. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {MoodleCommand.class, QtiCommand.class},
        description = "Export a paper's variants for a learning platform: 'examgen export moodle', 'examgen export qti'.")
final class ExportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
