package examgen.mark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import examgen.io.CsvText;

/**
 * Reads a responses file: a CSV with a header and the columns {@code student_id}, {@code question},
 * {@code part} and {@code answer}. A row that cannot be read is reported by its line, and every
 * readable row is kept.
 */
public final class ResponsesFile {

    /** The most rows a responses file may hold: twenty-five times a thousand students' answers to a whole paper. */
    static final int MOST_ROWS = 1_000_000;

    /** A question's number as people type it: {@code 3}, {@code Q3}, {@code q 3} or {@code 3.} */
    private static final Pattern QUESTION = Pattern.compile("(?i)q?\\s*(\\d{1,3})\\.?");

    private ResponsesFile() {
    }

    /** The readable rows and the problems of the others. */
    public record Read(List<Response> responses, List<RowProblem> problems) {
    }

    /** @throws IllegalArgumentException if the file cannot be read at all or lacks a column */
    public static Read read(Path file) {
        List<Response> responses = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        String text = CsvText.read(file);
        try (CSVParser parser = CsvText.parser(file, text)) {
            Map<String, String> columns = new TreeMap<>();
            parser.getHeaderNames().forEach(name -> columns.put(name.toLowerCase(Locale.ROOT), name));
            for (String needed : List.of("student_id", "question", "part", "answer")) {
                if (!columns.containsKey(needed)) {
                    throw new IllegalArgumentException(file + ":1: no '" + needed + "' column; the header needs student_id, question, part, answer");
                }
            }
            for (CSVRecord record : CsvText.records(file, parser)) {
                long line = parser.getCurrentLineNumber();
                if (responses.size() + problems.size() == MOST_ROWS) {
                    throw new IllegalArgumentException(file + ":" + line + ": more than " + MOST_ROWS + " answers; mark one class's answers"
                            + " at a time (a thousand students' answers to a paper are about 40,000)");
                }
                if (record.stream().allMatch(String::isBlank)) {
                    // a row once used and emptied, as spreadsheets save it (",,,"): no answer in it to mark
                    continue;
                }
                if (!record.isConsistent()) {
                    problems.add(new RowProblem(line, "has " + record.size() + " fields, the header " + parser.getHeaderNames().size()));
                    continue;
                }
                String question = record.get(columns.get("question"));
                // a question and part typed in full-width forms (３, ｂ), as Chinese and Japanese input methods type them
                Matcher number = QUESTION.matcher(AnswerText.plain(question));
                if (!number.matches()) {
                    problems.add(new RowProblem(line, "question '" + question + "' is not a question number"));
                    continue;
                }
                responses.add(new Response(line, record.get(columns.get("student_id")), Integer.parseInt(number.group(1)),
                        AnswerText.plain(record.get(columns.get("part"))).toLowerCase(Locale.ROOT).replaceAll("[()]", ""),
                        record.get(columns.get("answer"))));
            }
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": not a readable CSV file (" + e.getMessage() + ")");
        }
        if (responses.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": has no answers below its header; nothing was marked (is it the right file?)");
        }
        return new Read(responses, problems);
    }
}
