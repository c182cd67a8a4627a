package dev.tandem.assessment;

import dev.tandem.internal.Ids;

/**
 * The id of an assessment: matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record AssessmentId(String value) implements Comparable<AssessmentId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public AssessmentId {
        Ids.require("assessment", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static AssessmentId of(String value) {
        return new AssessmentId(value);
    }

    @Override
    public int compareTo(AssessmentId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
