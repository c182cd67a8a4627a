package dev.tandem.io.generate;

import java.time.Instant;
import java.util.Objects;

/**
 * How much synthetic evidence to generate, from which seed, and from when.
 *
 * @param learners           the number of learners, at least 1; their ids are {@code L-000001}, {@code L-000002}, ...
 * @param recordsPerLearner  the number of records each learner gets, at least 1
 * @param seed               the seed: equal settings give equal records
 * @param start              the earliest instant of any record; learners start within a year of it
 */
public record GeneratorSettings(int learners, int recordsPerLearner, long seed, Instant start) {

    /** The start used by {@link #of(int, int, long)}: 2025-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

    /**
     * Checks the components.
     *
     * @param learners           the number of learners, at least 1; their ids are {@code L-000001}, {@code L-000002}, ...
     * @param recordsPerLearner  the number of records each learner gets, at least 1
     * @param seed               the seed: equal settings give equal records
     * @param start              the earliest instant of any record; learners start within a year of it
     */
    public GeneratorSettings {
        if (learners < 1) {
            throw new IllegalArgumentException("Invalid number of learners (must be at least 1): " + learners);
        }
        if (recordsPerLearner < 1) {
            throw new IllegalArgumentException(
                    "Invalid number of records per learner (must be at least 1): " + recordsPerLearner);
        }
        Objects.requireNonNull(start, "start");
    }

    /**
     * {@return settings starting at {@link #DEFAULT_START}}
     *
     * @param learners          the number of learners, at least 1
     * @param recordsPerLearner the number of records per learner, at least 1
     * @param seed              the seed
     */
    public static GeneratorSettings of(int learners, int recordsPerLearner, long seed) {
        return new GeneratorSettings(learners, recordsPerLearner, seed, DEFAULT_START);
    }

    /**
     * {@return a copy starting at another instant}
     *
     * @param start the earliest instant of any record
     */
    public GeneratorSettings withStart(Instant start) {
        return new GeneratorSettings(learners, recordsPerLearner, seed, start);
    }

    /** {@return the total number of records these settings generate} */
    public long totalRecords() {
        return (long) learners * recordsPerLearner;
    }
}
