package examgen.io;

/**
 * Java writes file names in the locale's character set, which under a plain C or POSIX locale (cron,
 * containers, ssh) is ASCII: a student's id such as 'Łukasz01' cannot name a folder there. The launcher
 * runs examgen in a UTF-8 locale; run without it, examgen says how to do the same.
 */
public final class Utf8Locale {

    /** The fix, to end a message about a file name this system's locale cannot write. */
    public static final String HINT = "run examgen in a UTF-8 locale (LC_ALL=C.UTF-8), as ./examgen does";

    private Utf8Locale() {
    }
}
