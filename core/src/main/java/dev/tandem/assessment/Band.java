package dev.tandem.assessment;

import java.util.Objects;

/**
 * A score band: an attempt whose score fraction ({@code score / max-score}) reaches {@code min} awards
 * {@code level} (the band with the greatest qualifying {@code min} wins).
 *
 * @param min   the lowest score fraction, in [0, 1]
 * @param level the level awarded
 */
public record Band(double min, String level) {

    /**
     * Checks the components.
     *
     * @param min   the lowest score fraction, in [0, 1]
     * @param level the level awarded
     */
    public Band {
        Objects.requireNonNull(level, "level");
        if (Double.isNaN(min)) {
            throw new IllegalArgumentException("Invalid band min (must be a number): NaN");
        }
    }
}
