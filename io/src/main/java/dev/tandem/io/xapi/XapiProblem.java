package dev.tandem.io.xapi;

import java.util.Objects;

/**
 * A problem with one xAPI statement (or with the file as a whole): where it is and what is wrong.
 *
 * <p>The message names the field and what was expected; it never repeats the statement (statements carry
 * personal data). Same shape as the evidence reader's problems ({@code line}, {@code field},
 * {@code message}), plus the statement's position in the file, because exported statements often stand on
 * a single line.
 *
 * @param statement the statement's 1-based position in the file, or 0 when the problem concerns the file
 *                  as a whole (for example a count of skipped statements)
 * @param line      the line where the statement starts, or 0 with {@code statement} 0
 * @param field     the field at fault as a dotted path (for example {@code result.score.raw}), or null
 * @param message   what is wrong, for a person to read
 */
public record XapiProblem(long statement, long line, String field, String message) {

    /**
     * Checks the components.
     *
     * @param statement the statement's 1-based position in the file, or 0 when the problem concerns the file
     *        as a whole (for example a count of skipped statements)
     * @param line      the line where the statement starts, or 0 with {@code statement} 0
     * @param field     the field at fault as a dotted path (for example {@code result.score.raw}), or null
     * @param message   what is wrong, for a person to read
     */
    public XapiProblem {
        Objects.requireNonNull(message, "message");
        if (statement < 0 || line < 0) {
            throw new IllegalArgumentException("Invalid position (must be >= 0): statement " + statement + ", line "
                    + line);
        }
    }

    /**
     * {@return a problem of the file as a whole}
     *
     * @param message what is wrong
     */
    public static XapiProblem ofFile(String message) {
        return new XapiProblem(0, 0, null, message);
    }

    /** {@return {@code statement N (line L): field: message}, or just the message for the whole file} */
    @Override
    public String toString() {
        String where = statement == 0 ? "" : "statement " + statement + " (line " + line + "): ";
        return where + (field == null ? "" : field + ": ") + message;
    }
}
