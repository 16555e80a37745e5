package examgen.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import examgen.io.FileSize;

/**
 * The hidden files and folders a run writes beside its target ({@code .week7-practice.partial-4711-…}) carry
 * the id of the process writing them, so that a later run can tell one that a killed run left (its process
 * gone, or another process since under that id) from one a running run is still writing, and remove it,
 * saying so. A kill that no program can catch (kill -9, a power cut) would otherwise leave it for ever.
 */
final class LeftOvers {

    private static final Pattern PROCESS = Pattern.compile("\\.(?:partial|old)-(\\d+)-");

    private LeftOvers() {
    }

    /** @return the name a temporary file or folder of {@code kind} (partial, old) beside {@code target} starts with */
    static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /** Removes what stopped runs left beside {@code target}, naming each on {@code err}; what cannot be removed is left. */
    static void removeStale(Path target, PrintStream err) {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> siblings;
        try (Stream<Path> list = Files.list(parent)) {
            String partial = "." + target.getFileName() + ".partial-";
            String old = "." + target.getFileName() + ".old-";
            siblings = list.filter(p -> p.getFileName().toString().startsWith(partial) || p.getFileName().toString().startsWith(old)).toList();
        } catch (IOException e) {
            return;
        }
        for (Path sibling : siblings) {
            try {
                if (leftByAStoppedRun(sibling)) {
                    long size = size(sibling);
                    OutputFolder.delete(sibling);
                    err.println("examgen: removed " + sibling + " (" + FileSize.of(size) + "), left by a run that was stopped before it finished");
                }
            } catch (IOException e) {
                err.println("examgen: could not remove " + sibling + ", left by a stopped run: " + e.getMessage());
            }
        }
    }

    /** @return whether the process that made it is gone, or its id now names a process started after it was made */
    private static boolean leftByAStoppedRun(Path sibling) throws IOException {
        Matcher m = PROCESS.matcher(sibling.getFileName().toString());
        if (!m.find()) {
            return false;
        }
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(m.group(1)));
        } catch (NumberFormatException e) {
            return false;
        }
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Instant made = Files.readAttributes(sibling, BasicFileAttributes.class).creationTime().toInstant();
        return process.get().info().startInstant().map(started -> started.isAfter(made)).orElse(false);
    }

    private static long size(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
