package examgen.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The text of a CSV file as people make them: UTF-8, with or without the byte-order mark that
 * Excel's "CSV UTF-8" writes first, or UTF-16 behind its byte-order mark, as Excel's "Unicode Text"
 * writes it; its fields between commas, or between semicolons as Excel writes them where the comma
 * is the decimal point, or tabs. Anything else is refused with the fix, never misread.
 */
public final class CsvText {

    /** The CSV examgen writes: Unix line ends, so that its files are the same bytes on every machine. */
    public static final CSVFormat WRITTEN = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();


    /**
     * The largest file read, whole, into the heap: a class list of a hundred thousand students is 10 MB, and a thousand
     * students' answers to a paper about 2 MB; a larger file is another one given by mistake (700 MB ran out of memory).
     */
    static final long MAX_BYTES = 64_000_000;
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private CsvText() {
    }

    /** @throws IllegalArgumentException naming the file, what is wrong with it and how to fix it */
    public static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + ": is a folder; give the CSV file");
        }
        String text;
        try {
            Optional<String> tooLarge = FileSize.beyond(file, MAX_BYTES, "a CSV file of a class");
            if (tooLarge.isPresent()) {
                throw new IllegalArgumentException(file + ": " + tooLarge.get());
            }
            byte[] bytes = Files.readAllBytes(file);
            Charset charset = charset(bytes);
            text = StrictText.decode(bytes, charset, charset == StandardCharsets.UTF_8 ? "UTF-8 text" : "UTF-16 text, as its first bytes say");
        } catch (StrictText.NotText e) {
            throw new IllegalArgumentException(file + ":" + e.line() + ": " + e.getMessage() + "; save it as CSV UTF-8");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** @return UTF-16 in the byte order its byte-order mark names, which no UTF-8 text starts with; else UTF-8 */
    private static Charset charset(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** A CSV file that cannot be read as a table, named with the line and the fix. */
    public static final class Unreadable extends IllegalArgumentException {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * @return a parser of the file's {@code text} with a header, every field without the spaces around it; its
     *     fields are between commas, semicolons or tabs, whichever its header line has most of (commas when it has none)
     * @throws Unreadable if the file is empty or its header names a column twice
     * @throws IOException if the header cannot be read
     */
    public static CSVParser parser(Path file, String text) throws IOException {
        CSVParser parser = CSVParser.parse(new StringReader(text), format(text).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get());
        List<String> header = parser.getHeaderNames();
        if (header.stream().allMatch(String::isBlank)) {
            parser.close();
            throw new Unreadable(file + ": is empty; it needs a header line naming its columns first");
        }
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!name.isBlank() && !seen.add(name.toLowerCase(Locale.ROOT))) {
                parser.close();
                throw new Unreadable(file + ":1: the header names the column '" + name + "' twice; rename or remove one");
            }
        }
        return parser;
    }

    /**
     * @return the parser's records, read as they are asked for
     * @throws Unreadable (as they are read) naming the line where a quoted field opens that never closes
     */
    public static Iterable<CSVRecord> records(Path file, CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw unreadable(file, parser, e);
                }
            }

            @Override
            public CSVRecord next() {
                try {
                    return records.next();
                } catch (UncheckedIOException e) {
                    throw unreadable(file, parser, e);
                }
            }
        };
    }

    private static Unreadable unreadable(Path file, CSVParser parser, UncheckedIOException e) {
        Matcher start = START_LINE.matcher(String.valueOf(e.getMessage()));
        long line = start.find() ? Long.parseLong(start.group(1)) : parser.getCurrentLineNumber();
        if (String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token finished")) {
            return new Unreadable(file + ":" + line + ": a field opens with a quote (\") that is never closed; close it, or remove it"
                    + " (a quote inside a quoted field is written twice: \"\")");
        }
        return new Unreadable(file + ":" + line + ": not readable as CSV (" + e.getMessage() + ")");
    }

    private static CSVFormat.Builder format(String text) {
        String header = text.lines().findFirst().orElse("");
        char delimiter = ',';
        for (char candidate : new char[] {';', '\t'}) {
            if (count(header, candidate) > count(header, delimiter)) {
                delimiter = candidate;
            }
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true);
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }
}
