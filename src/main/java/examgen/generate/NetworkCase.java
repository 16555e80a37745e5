package examgen.generate;

import java.util.Arrays;

/** Which ReLU units a drawn network must have switched on. */
public enum NetworkCase {
    ALL_ACTIVE("all-active"),
    DEAD_OUTPUT("dead-output"),
    DEAD_HIDDEN("dead-hidden"),
    ANY("any");

    private final String id;

    NetworkCase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static NetworkCase of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case '" + id + "'"));
    }
}
