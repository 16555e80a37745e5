package examgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What examgen made in a folder, written into it as {@value #FILE}: what made it ({@code examgen paper
 * week7-practice}) and every file it wrote. A later run that makes the same folder again may replace it
 * without {@code --force}, so that the main job can be run twice; a folder made by anything else, or one
 * the user has since added to or changed the files of, is left alone.
 */
final class OwnOutput {

    static final String FILE = ".examgen-output";
    /** A folder of more files than this is not checked file by file, and so not taken for examgen's own. */
    private static final int MOST_FILES = 10_000;

    private OwnOutput() {
    }

    /** Writes the record of what {@code maker} wrote into {@code folder}, the files as they are now. */
    static void record(Path folder, String maker) {
        try {
            List<String> lines = new ArrayList<>(List.of(maker));
            lines.addAll(files(folder));
            Files.write(folder.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether {@code folder} is what {@code maker} wrote, and holds nothing else since */
    static boolean madeBy(Path folder, String maker) {
        Path record = folder.resolve(FILE);
        try {
            if (!Files.isRegularFile(record) || Files.size(record) > 1_000_000) {
                return false;
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            return !lines.isEmpty() && lines.get(0).equals(maker) && lines.subList(1, lines.size()).equals(files(folder));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** @return what the folder's record says made it ({@code examgen paper week7-practice seed 7}), if it has one */
    static Optional<String> maker(Path folder) {
        try {
            Path record = folder.resolve(FILE);
            if (!Files.isRegularFile(record) || Files.size(record) > 1_000_000) {
                return Optional.empty();
            }
            return Files.readAllLines(record, StandardCharsets.UTF_8).stream().findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** @return why an existing folder is not replaced unasked, for a refusal: what made it, or that it changed since */
    static String whyKept(Path folder, String maker) {
        return maker(folder).map(made -> made.equals(maker) ? " (files were added to it or changed since examgen wrote it)"
                : " (written by '" + made + "')").orElse("");
    }

    /** @return every file below the folder but the record, as paths relative to it, sorted */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> files = walk.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(FILE)).sorted().limit(MOST_FILES + 1L).toList();
            if (files.size() > MOST_FILES) {
                throw new IOException("more than " + MOST_FILES + " files");
            }
            return files;
        }
    }
}
