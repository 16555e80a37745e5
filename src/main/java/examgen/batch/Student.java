package examgen.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import examgen.paper.Accommodations;

/**
 * One row of a roster: its line in the file, the student's id and name, the other columns carried along, and the
 * accommodations their paper is made with.
 */
public record Student(long line, String id, String name, Map<String, String> extra, Accommodations accommodations) {

    public Student {
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public Student(long line, String id, String name, Map<String, String> extra) {
        this(line, id, name, extra, Accommodations.NONE);
    }
}
