package examgen.batch;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import examgen.io.CsvText;
import examgen.io.Utf8Locale;
import examgen.paper.Accommodations;

/**
 * A class list: a UTF-8 CSV file with a header, an id and a name column, and any other columns,
 * which are carried along into the marking table; the columns {@value #LARGE_PRINT} and {@value #EXTRA_TIME} also
 * make the student's paper in large print and print their extra time. Every problem of the file is found and reported
 * together, by line. Rows with every cell blank, which spreadsheets write for rows once used, are
 * left out, each with a warning.
 *
 * @param emptyRows the lines of the rows left out as blank
 */
public record Roster(Path file, List<String> extraColumns, List<Student> students, List<Long> emptyRows) {

    /**
     * The columns of disability services' accommodations, carried into the marking table like any other: large print
     * (yes, or blank for no) and extra time (a share such as 25%, or minutes such as 30 minutes).
     */
    public static final String LARGE_PRINT = "large_print";
    public static final String EXTRA_TIME = "extra_time";

    /** The most students a roster may hold: a year of a large course, and far below what the heap can make papers for. */
    public static final int MOST_STUDENTS = 100_000;

    /** The direction controls, as Unicode classes them: embeddings, overrides, isolates and their ends. */
    private static final Set<Byte> DIRECTION_CONTROLS = Set.of(Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
            Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE);

    /**
     * An id names the student's folder: letters (with their accents and vowel signs) and digits of any script, '.', '_' and
     * '-', and the '@' and '+' of an email address, which platforms often use as ids; never ending in '.', which Windows
     * drops from a folder's name.
     */
    private static final Pattern SAFE_ID = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{M}\\p{N}._@+-]{0,63}(?<!\\.)");
    /** Names that Windows keeps for devices, with or without an extension. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

    public Roster {
        extraColumns = List.copyOf(extraColumns);
        students = List.copyOf(students);
        emptyRows = List.copyOf(emptyRows);
    }

    /** A roster that cannot be used, with every problem found. */
    public static final class RosterException extends RuntimeException {
        private final List<String> problems;

        RosterException(List<String> problems) {
            super(String.join(System.lineSeparator(), problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * @param nameColumns the column of the name, or several whose cells are joined with a space
     *     (a class list from a learning platform has first names and surnames apart)
     * @throws RosterException listing every problem, each naming the file and line
     */
    public static Roster read(Path file, String idColumn, String... nameColumns) {
        List<String> problems = new ArrayList<>();
        String text;
        try {
            text = CsvText.read(file);
        } catch (IllegalArgumentException e) {
            throw new RosterException(List.of(e.getMessage()));
        }
        try (CSVParser parser = CsvText.parser(file, text)) {
            Map<String, String> columns = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(name -> columns.put(name.toLowerCase(Locale.ROOT), name));
            String id = columns.get(idColumn.toLowerCase(Locale.ROOT));
            List<String> names = Arrays.stream(nameColumns).map(c -> columns.get(c.toLowerCase(Locale.ROOT))).toList();
            List<String> missing = new ArrayList<>();
            if (id == null) {
                missing.add("'" + idColumn + "'");
            }
            for (int i = 0; i < nameColumns.length; i++) {
                if (names.get(i) == null) {
                    missing.add("'" + nameColumns[i] + "'");
                }
            }
            if (!missing.isEmpty()) {
                throw new RosterException(List.of(file + ":1: the header has no " + String.join(" or ", missing) + " column (it has "
                        + String.join(", ", parser.getHeaderNames()) + "); rename the column or give --id-column / --name-column"));
            }
            List<String> extra = parser.getHeaderNames().stream().filter(c -> !c.equals(id) && !names.contains(c)).toList();
            List<Student> students = new ArrayList<>();
            List<Long> emptyRows = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord record : CsvText.records(file, parser)) {
                long line = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    emptyRows.add(line);
                    continue;
                }
                if (!record.isConsistent()) {
                    problems.add(file + ":" + line + ": has " + record.size() + " fields, the header " + parser.getHeaderNames().size()
                            + "; check for a stray or missing comma (quote fields that contain commas)");
                    continue;
                }
                String studentId = record.get(id);
                String problem = idProblem(studentId);
                if (problem != null) {
                    problems.add(file + ":" + line + ": id '" + studentId + "' " + problem);
                    continue;
                }
                String studentName = names.stream().map(record::get).filter(cell -> !cell.isBlank()).collect(Collectors.joining(" "));
                String nameProblem = nameProblem(studentName);
                if (nameProblem != null) {
                    problems.add(file + ":" + line + ": the name of " + studentId + " " + nameProblem);
                    continue;
                }
                Long earlier = seen.putIfAbsent(idKey(studentId), line);
                if (earlier != null) {
                    problems.add(file + ":" + line + ": id '" + studentId + "' is already on line " + earlier
                            + " (ids must differ, ignoring case and how accents are encoded, as they name folders)");
                    continue;
                }
                if (students.size() == MOST_STUDENTS) {
                    throw new RosterException(List.of(file + ":" + line + ": more than " + MOST_STUDENTS + " students; a roster holds one class,"
                            + " or a year's: split it"));
                }
                Map<String, String> carried = new LinkedHashMap<>();
                extra.forEach(column -> carried.put(column, record.get(column)));
                Accommodations accommodations;
                try {
                    accommodations = Accommodations.of(cell(record, columns.get(LARGE_PRINT)), cell(record, columns.get(EXTRA_TIME)));
                } catch (IllegalArgumentException e) {
                    problems.add(file + ":" + line + ": " + studentId + "'s " + e.getMessage());
                    continue;
                }
                students.add(new Student(line, studentId, studentName, carried, accommodations));
            }
            if (problems.isEmpty() && students.isEmpty()) {
                problems.add(file + ": has no students below its header");
            }
            if (!problems.isEmpty()) {
                throw new RosterException(problems);
            }
            return new Roster(file, extra, students, emptyRows);
        } catch (CsvText.Unreadable e) {
            throw new RosterException(List.of(e.getMessage()));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().contains("duplicate name")) {
                throw new RosterException(List.of(file + ":1: the header names a column twice (" + e.getMessage() + ")"));
            }
            throw new RosterException(List.of(file + ": not a readable CSV file (" + e.getMessage() + ")"));
        }
    }

    /** @return the record's cell of the column, or blank when the roster has no such column */
    private static String cell(CSVRecord record, String column) {
        return column == null ? "" : record.get(column);
    }

    /** @return a line for every row left out as blank, and for every student without a name, whose paper leaves it to be written in */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        emptyRows.forEach(line -> warnings.add(file + ":" + line + ": every cell of the row is blank; it was left out"));
        students.stream().filter(s -> s.name().isBlank())
                .forEach(s -> warnings.add(file + ":" + s.line() + ": " + s.id() + " has no name; their paper has a line to write it on"));
        return warnings;
    }

    /**
     * @return what two ids share when they name the same folder somewhere: a folder's name on macOS
     *     and Windows ignores case, and macOS writes ë one way whichever way it was typed
     */
    public static String idKey(String id) {
        return Normalizer.normalize(id, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * @return what keeps a name from being printed, or null if nothing does: a control character
     *     (a bell, a null) is no letter of any script, and XHTML cannot carry it; line breaks print as spaces.
     *     A direction control (an override, embedding or isolate) reorders the letters after it in a browser
     *     but not in the PDF, so that the two papers would print one name two ways, and it can make a name read
     *     as another's; the marks of direction (U+200E, U+200F) place the spaces beside them alike in both, and stay.
     */
    public static String nameProblem(String name) {
        return name.codePoints().mapToObj(Roster::characterProblem).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String characterProblem(int c) {
        if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
            return "holds a control character (U+%04X), which no paper can print; remove it".formatted(c);
        }
        if (DIRECTION_CONTROLS.contains(Character.getDirectionality(c))) {
            return "holds a direction control (U+%04X), which would print its letters in one order on the HTML paper and in another on the PDF; remove it"
                    .formatted(c);
        }
        return null;
    }

    /** @return what makes an id unsafe as a folder name, or null if it is safe */
    public static String idProblem(String id) {
        if (id.isEmpty()) {
            return "is empty; every student needs an id";
        }
        if (RESERVED.matcher(id).matches()) {
            return "is a device name on Windows; it cannot name a folder there";
        }
        if (!SAFE_ID.matcher(id).matches() || Set.of(".", "..").contains(id)) {
            return "cannot name a folder: use letters, digits and . _ - @ + (at most 64; not starting with . @ +, nor ending with .)";
        }
        try {
            Path.of(id);
        } catch (InvalidPathException e) {
            return "cannot name a folder under this system's locale, whose character set lacks some of its letters; " + Utf8Locale.HINT;
        }
        return null;
    }
}
