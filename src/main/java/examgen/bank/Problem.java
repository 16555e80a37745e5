package examgen.bank;

import java.nio.file.Path;

/**
 * One thing wrong in a bank file: where ({@code file:line}, and the field), what, and how to fix
 * it — {@code forward-pass.yaml:7: parameters.weights: the range is empty (min 0.5 > max -0.5); give min ≤ max}.
 */
public record Problem(Path file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
