package dev.tandem.escalation;

import dev.tandem.internal.Ids;

/**
 * The id of an escalation tier: matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record TierId(String value) implements Comparable<TierId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public TierId {
        Ids.require("tier", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static TierId of(String value) {
        return new TierId(value);
    }

    @Override
    public int compareTo(TierId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
