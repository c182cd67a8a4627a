package dev.tandem.escalation;

import dev.tandem.internal.Ids;

/**
 * The id of a policy requirement: matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record RequirementId(String value) implements Comparable<RequirementId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public RequirementId {
        Ids.require("requirement", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static RequirementId of(String value) {
        return new RequirementId(value);
    }

    @Override
    public int compareTo(RequirementId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }

    /**
     * {@return true when the other object is the same id}; written out (as the record would do it) so that no
     * method handle is made for it at run time
     *
     * @param other the object to compare with
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RequirementId id && value.equals(id.value);
    }

    /** {@return the raw id's hash}, as the record would compute it */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
