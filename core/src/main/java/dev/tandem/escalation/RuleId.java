package dev.tandem.escalation;

import dev.tandem.internal.Ids;

/**
 * The id of an escalation rule: matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record RuleId(String value) implements Comparable<RuleId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public RuleId {
        Ids.require("rule", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
