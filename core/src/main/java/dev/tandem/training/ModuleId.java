package dev.tandem.training;

import dev.tandem.internal.Ids;
import dev.tandem.training.ModuleId;

/**
 * The id of a training module: matches {@code [a-z0-9][a-z0-9._-]{0,63}}; {@link #toString()} is the raw id.
 *
 * @param value the raw id
 */
public record ModuleId(String value) implements Comparable<ModuleId> {

    /**
     * Checks the id against the format's identifier rule.
     *
     * @param value the raw id
     */
    public ModuleId {
        Ids.require("module", value);
    }

    /**
     * {@return the id for the given text}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when it is not a valid id
     */
    public static ModuleId of(String value) {
        return new ModuleId(value);
    }

    @Override
    public int compareTo(ModuleId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }
}
