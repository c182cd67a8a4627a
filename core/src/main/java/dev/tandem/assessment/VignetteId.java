package dev.tandem.assessment;

import dev.tandem.internal.Ids;

/**
 * The id of a vignette of a scenario assessment (unique within its assessment): matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record VignetteId(String value) implements Comparable<VignetteId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public VignetteId {
        Ids.require("vignette", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static VignetteId of(String value) {
        return new VignetteId(value);
    }

    @Override
    public int compareTo(VignetteId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
