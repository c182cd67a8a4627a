package dev.tandem.competency;

import dev.tandem.internal.Ids;

/**
 * The id of a domain (a group of competencies): matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record DomainId(String value) implements Comparable<DomainId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public DomainId {
        Ids.require("domain", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static DomainId of(String value) {
        return new DomainId(value);
    }

    @Override
    public int compareTo(DomainId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
