package dev.tandem.examples.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A bad evidence record found on a Spark worker, with its line in the whole evidence file (not in the
 * learner's group).
 *
 * @param line    the 1-based line of the record in the evidence file
 * @param field   the field at fault, or null when the problem concerns the record as a whole
 * @param message what is wrong
 */
public record LineProblem(long line, String field, String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the line and that the message is present. */
    public LineProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        Objects.requireNonNull(message, "message");
    }

    /** {@return the problem as {@code line N: field: message}} */
    @Override
    public String toString() {
        return "line " + line + (field == null ? "" : ": " + field) + ": " + message;
    }
}
