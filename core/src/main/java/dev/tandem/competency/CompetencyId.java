package dev.tandem.competency;

import dev.tandem.internal.Ids;

/**
 * The id of a competency: matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record CompetencyId(String value) implements Comparable<CompetencyId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public CompetencyId {
        Ids.require("competency", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static CompetencyId of(String value) {
        return new CompetencyId(value);
    }

    @Override
    public int compareTo(CompetencyId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
