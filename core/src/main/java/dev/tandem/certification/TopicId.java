package dev.tandem.certification;

import dev.tandem.internal.Ids;

/**
 * The id of a continuing-education topic (for example {@code ethics}): matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record TopicId(String value) implements Comparable<TopicId> {

    /** Checks the id against the format's identifier rule. */
    public TopicId {
        Ids.require("topic", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static TopicId of(String value) {
        return new TopicId(value);
    }

    @Override
    public int compareTo(TopicId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
