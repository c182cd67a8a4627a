package dev.tandem.examples.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A bad evidence record found on a Spark worker (or a problem of a whole file, such as a CSV header), with
 * its place in its file (not in the learner's group).
 *
 * @param source  the file, as Spark names it
 * @param unit    {@code line} for JSON Lines and CSV, {@code row} for Parquet
 * @param line    the 1-based line or row in the file
 * @param field   the field at fault, or null when the problem concerns the record as a whole
 * @param message what is wrong
 */
public record LineProblem(String source, String unit, long line, String field, String message)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Problems in file order. */
    static final Comparator<LineProblem> ORDER = Comparator.comparing(LineProblem::source)
            .thenComparingLong(LineProblem::line);

    /** Checks the line and that the source, unit and message are present. */
    public LineProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        Objects.requireNonNull(message, "message");
    }

    /** {@return the problem as {@code source: line N: field: message}} */
    @Override
    public String toString() {
        return source + ": " + unit + " " + line + (field == null ? "" : ": " + field) + ": " + message;
    }
}
