package examgen.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a roster: its line in the file, the student's id and name, and the other columns carried along. */
public record Student(long line, String id, String name, Map<String, String> extra) {

    public Student {
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
