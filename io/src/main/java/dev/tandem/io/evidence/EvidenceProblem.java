package dev.tandem.io.evidence;

import java.util.Objects;

/**
 * A problem with one evidence record (or with the file as a whole): where it is and what is wrong.
 *
 * <p>The message names the field and what was expected; it never repeats the record, and it repeats a
 * value only when that value is meant to be one of the curriculum's own names (a kind, an assessment, a
 * module, a vignette, a tier, a field), cut to a short length.
 *
 * @param line    the line: of the record (JSON Lines, CSV) or of the start of the object (JSON array);
 *                at least 1
 * @param field   the field at fault, or null when the problem concerns the record or the file as a whole
 * @param message what is wrong, for a person to read
 */
public record EvidenceProblem(long line, String field, String message) {

    /**
     * Checks the components.
     *
     * @param line    the line: of the record (JSON Lines, CSV) or of the start of the object (JSON array);
     *        at least 1
     * @param field   the field at fault, or null when the problem concerns the record or the file as a whole
     * @param message what is wrong, for a person to read
     */
    public EvidenceProblem {
        if (line < 1) {
            throw new IllegalArgumentException("Invalid line (must be >= 1): " + line);
        }
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@return the same problem with every value taken from the file hidden: each quoted value of the message
     * and of the field (an unknown field's name) becomes {@code '...'}}. For runs that must show no learner data
     * at all, such as pseudonymized ones, where an id shifted into another column would otherwise be shown.
     */
    public EvidenceProblem withoutValues() {
        return new EvidenceProblem(line, field == null ? null : hide(field), hide(message));
    }

    private static String hide(String text) {
        return text.replaceAll("'[^']*'", "'...'");
    }

    /** {@return {@code line N: field: message}, or {@code line N: message} without a field} */
    @Override
    public String toString() {
        return "line " + line + ": " + (field == null ? "" : field + ": ") + message;
    }
}
