package examgen.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes one file the way {@link OutputFolder} writes a folder: into a hidden file beside it (or in
 * the nearest folder above it that exists), moved into place only when complete. An existing file is
 * replaced only when the user asked for that.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** What goes into the file, written as it is made: a large export is never held whole in memory. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param content made only once the target is known to be writable, so a refusal costs nothing
     * @throws UsageException if {@code target} exists and {@code force} is false
     */
    static void write(Path target, boolean force, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !force) {
            throw new UsageException(target + " already exists; give --force to replace it, or --out for another file");
        }
        OutputFolder.requireFoldersAbove(absolute);
        try {
            LeftOvers.removeStale(absolute, System.err);
            // written in the nearest folder there is, so that a failed run leaves no new empty folder behind
            // stopped (Ctrl-C) while it writes, the run removes the file aside as it removes a folder's
            try (StopGuard guard = new StopGuard(() -> Files.createTempFile(nearestFolder(absolute), LeftOvers.prefix(absolute, "partial"), ""),
                    System.err)) {
                Path partial = guard.work();
                try {
                    fill(partial, content);
                    if (!force && Files.exists(absolute)) {
                        throw OutputFolder.appearedWhileWriting(target, "file");
                    }
                    Files.createDirectories(absolute.getParent());
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    guard.finished();
                } catch (IOException e) {
                    throw guard.failure(new UncheckedIOException(OutputFolder.naming(e, target)));
                } catch (RuntimeException e) {
                    throw guard.failure(e);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(OutputFolder.naming(e, target));
        }
    }

    private static void fill(Path partial, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
            content.writeTo(out);
        }
        // a temporary file is private to its owner; the finished one is for everyone who may read its folder
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static Path nearestFolder(Path absolute) {
        Path folder = absolute.getParent();
        while (!Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        return folder;
    }
}
