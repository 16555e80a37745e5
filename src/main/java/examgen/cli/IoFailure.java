package examgen.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import examgen.io.Utf8Locale;

/**
 * A failed read or write as one line for the user: the file and what went wrong with it, where
 * Java's own message is the bare path ({@code java.nio.file.AccessDeniedException: /srv/out}).
 */
final class IoFailure {

    private IoFailure() {
    }

    static String describe(IOException failure) {
        if (failure instanceof FileSystemException fileFailure && fileFailure.getFile() != null) {
            String what = fileFailure.getReason() != null ? fileFailure.getReason().toLowerCase(Locale.ROOT) : reason(fileFailure);
            String fix = what.contains("no space left") ? "; free some space, or give --out on another disk" : "";
            return "could not write or read " + fileFailure.getFile() + ": " + what + fix;
        }
        return "could not write or read a file: " + failure.getMessage();
    }

    /** A file name that this system cannot write, such as a student's id in another script under a plain C locale. */
    static String describe(InvalidPathException failure) {
        String described = "could not make a file name of '" + failure.getInput() + "': " + failure.getReason().toLowerCase(Locale.ROOT);
        return failure.getReason().contains("unmappable") ? described + "; " + Utf8Locale.HINT : described;
    }

    private static String reason(FileSystemException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "something of that name is in the way";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return failure.getClass().getSimpleName();
    }
}
