package dev.tandem.escalation;

import dev.tandem.internal.Ids;

/**
 * The id of a policy requirement: matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record RequirementId(String value) implements Comparable<RequirementId> {

    /** Checks the id against the format's identifier rule. */
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
}
