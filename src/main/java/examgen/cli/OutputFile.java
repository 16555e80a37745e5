package examgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Writes one file the way {@link OutputFolder} writes a folder: into a hidden file beside it, moved
 * into place only when complete. An existing file is replaced only when the user asked for that.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * @param content made only once the target is known to be writable, so a refusal costs nothing
     * @throws UsageException if {@code target} exists and {@code force} is false
     */
    static void write(Path target, boolean force, Supplier<byte[]> content) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !force) {
            throw new UsageException(target + " already exists; give --force to replace it, or --out for another file");
        }
        OutputFolder.requireFoldersAbove(absolute);
        byte[] bytes = content.get();
        try {
            Files.createDirectories(absolute.getParent());
            Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
            try {
                Files.write(partial, bytes);
                // a temporary file is private to its owner; the finished one is for everyone who may read its folder
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
                if (!force && Files.exists(absolute)) {
                    throw OutputFolder.appearedWhileWriting(target, "file");
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(OutputFolder.naming(e, target));
        }
    }
}
