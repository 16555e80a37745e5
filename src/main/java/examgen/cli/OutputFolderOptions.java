package examgen.cli;

import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.Option;

/** The {@code --out} and {@code --force} options of the commands that write a folder of files under output/. */
final class OutputFolderOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Where the output goes: its folder is made in this one (default: output/ beside the launcher).")
    private Path out;

    @Option(names = "--force", description = "Replace the folder this command writes if it exists already.")
    private boolean force;

    /** @return the folder of this name in the output folder */
    Path folder(String name) {
        return (out != null ? out : Home.resolve("output")).resolve(name);
    }

    /** Writes the folder aside and moves it into place; an existing one is replaced only with --force. */
    <T> T write(Path folder, Function<Path, T> fill) {
        return OutputFolder.write(folder, force, fill);
    }

    /**
     * Writes the folder as {@link #write(Path, Function)} does, and replaces without --force what {@code maker} wrote
     * there before, unchanged since: the main job may be run again.
     */
    <T> T writeOwn(Path folder, String maker, Function<Path, T> fill) {
        return OutputFolder.write(folder, force, maker, fill);
    }
}
