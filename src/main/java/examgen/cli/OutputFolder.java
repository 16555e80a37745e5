package examgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Function;

/**
 * Writes a folder so that nothing half-written ever stands where the finished folder will: the
 * work goes into a hidden folder beside it, which is moved into place only when complete. An
 * existing folder is replaced only when the user asked for that, or when it is the same command's
 * own earlier output, unchanged ({@link OwnOutput}).
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * @param fill writes everything into the folder it is given
     * @throws UsageException if {@code target} exists and {@code force} is false
     */
    static <T> T write(Path target, boolean force, Function<Path, T> fill) {
        return write(target, force, null, fill);
    }

    /**
     * Writes the folder as {@link #write(Path, boolean, Function)} does, recording it as {@code maker}'s; a folder that
     * {@code maker} wrote before, unchanged since, is replaced without {@code force}.
     *
     * @param maker what makes the folder ({@code examgen paper week7-practice}), or null for a folder never replaced unasked
     */
    static <T> T write(Path target, boolean force, String maker, Function<Path, T> fill) {
        Path absolute = target.toAbsolutePath().normalize();
        boolean replace = force || maker != null && OwnOutput.madeBy(absolute, maker);
        if (Files.exists(absolute) && !replace) {
            throw new UsageException(target + " already exists" + (maker == null ? "" : OwnOutput.whyKept(absolute, maker))
                    + "; give --force to replace it, or --out for another folder");
        }
        requireFoldersAbove(absolute);
        Path parent = absolute.getParent();
        LeftOvers.removeStale(absolute, System.err);
        try {
            Files.createDirectories(parent);
            StopGuard guard = new StopGuard(() -> {
                Path made = Files.createTempDirectory(parent, LeftOvers.prefix(absolute, "partial"));
                // a temporary folder is private to its owner; the finished one is for everyone who may read its parent
                return Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rwxr-xr-x"));
            }, System.err);
            Path work = guard.work();
            try {
                T result = fill.apply(work);
                if (maker != null) {
                    OwnOutput.record(work, maker);
                }
                Path old = null;
                if (Files.exists(absolute)) {
                    if (!replace || !force && !OwnOutput.madeBy(absolute, maker)) {
                        throw appearedWhileWriting(target, "folder");
                    }
                    old = Files.createTempDirectory(parent, LeftOvers.prefix(absolute, "old"));
                    Files.delete(old);
                    Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(work, absolute, StandardCopyOption.ATOMIC_MOVE);
                guard.finished();
                if (old != null) {
                    delete(old);
                }
                return result;
            } catch (RuntimeException e) {
                delete(work);
                throw guard.failure(namingTheFolder(e, target));
            } finally {
                guard.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException namingTheFolder(RuntimeException failure, Path target) {
        return failure instanceof UncheckedIOException io ? new UncheckedIOException(naming(io.getCause(), target)) : failure;
    }

    /** @return the failure, named by {@code target} where Java reports it without its file (a full disk: "No space left on device") */
    static IOException naming(IOException failure, Path target) {
        return failure instanceof FileSystemException named && named.getFile() != null ? failure
                : new FileSystemException(target.toString(), null, failure.getMessage());
    }

    /**
     * Refuses a place under a file ({@code --out notes.txt}) before any work is done: the folders
     * above it could never be made.
     *
     * @throws UsageException naming the file that stands where a folder should
     */
    static void requireFoldersAbove(Path absolute) {
        for (Path above = absolute.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    throw new UsageException("cannot write " + absolute + ": " + above + " is a file, where a folder is needed");
                }
                return;
            }
        }
    }

    /**
     * Refuses an input file inside the folder a run would replace: with --force it would be deleted.
     *
     * @throws UsageException naming both, and the fix
     */
    static void requireOutside(Path input, Path folder, String what) {
        if (input.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
            throw new UsageException(input + " is inside " + folder + ", which this run would replace; move the " + what + " out of it first");
        }
    }

    /** The target was not there when the run began: another run, or the user, made it while this one was writing. */
    static UsageException appearedWhileWriting(Path target, String kind) {
        return new UsageException(target + " appeared while examgen was writing and was left as it is; give --force to replace it, "
                + "or --out for another " + kind);
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
