package dev.tandem.io.xapi;

import java.util.Objects;

/**
 * A problem with one xAPI statement (or with the file as a whole): where it is and what is wrong.
 *
 * <p>The message names the field and what was expected in xAPI's terms; it never repeats the statement
 * (statements carry personal data) nor the JSON parser's own wording. Positions are the statement's index in
 * the file and the line and column where it starts, because exported statements often stand on a single
 * line, and a pretty-printed one spreads over many.
 *
 * @param statement the statement's 1-based index in the file, or 0 when the problem concerns the file as a
 *                  whole (for example a count of skipped statements)
 * @param line      the line where the statement starts (or where the file stopped being readable), or 0
 *                  with {@code statement} 0
 * @param column    the column of that position, or 0 when there is none
 * @param field     the field at fault as a dotted path (for example {@code result.score.raw}), or null
 * @param message   what is wrong, for a person to read
 */
public record XapiProblem(long statement, long line, long column, String field, String message) {

    /**
     * Checks the components.
     *
     * @param statement the statement's 1-based position in the file, or 0 when the problem concerns the file
     *        as a whole (for example a count of skipped statements)
     * @param line      the line where the statement starts, or 0 with {@code statement} 0
     * @param field     the field at fault as a dotted path (for example {@code result.score.raw}), or null
     * @param message   what is wrong, for a person to read
     * @param column the column of that position, or 0 when there is none
     */
    public XapiProblem {
        Objects.requireNonNull(message, "message");
        if (statement < 0 || line < 0 || column < 0) {
            throw new IllegalArgumentException("Invalid position (must be >= 0): statement " + statement + ", line "
                    + line + ", column " + column);
        }
    }

    /**
     * {@return a problem of the file as a whole}
     *
     * @param message what is wrong
     */
    public static XapiProblem ofFile(String message) {
        return new XapiProblem(0, 0, 0, null, message);
    }

    /** {@return {@code statement N (L:C): field: message}, or just the message for the whole file} */
    @Override
    public String toString() {
        return where() + (field == null ? "" : field + ": ") + message;
    }

    /** {@return {@code statement N (L:C): }, {@code L:C: } for a position that is no statement, or nothing} */
    String where() {
        String at = line == 0 ? "" : line + (column > 0 ? ":" + column : "");
        if (statement == 0) {
            return at.isEmpty() ? "" : "at " + at + ": ";
        }
        return "statement " + statement + (at.isEmpty() ? "" : " (" + at + ")") + ": ";
    }
}
