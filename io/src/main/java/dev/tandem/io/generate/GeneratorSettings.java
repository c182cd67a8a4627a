package dev.tandem.io.generate;

import java.time.Instant;
import java.util.Objects;

/**
 * How much synthetic evidence to generate, from which seed, and from when.
 *
 * @param learners           the number of learners, 1 to {@value #MAX_LEARNERS}; their ids are {@code L-000001},
 *                           {@code L-000002}, ...
 * @param recordsPerLearner  the number of records each learner gets, 1 to {@value #MAX_RECORDS_PER_LEARNER}
 * @param seed               the seed: equal settings give equal records
 * @param start              the earliest instant of any record, from {@link #EARLIEST_START} to before
 *                           {@link #END_OF_START}; learners start within a year of it
 */
public record GeneratorSettings(int learners, int recordsPerLearner, long seed, Instant start) {

    /** The start used by {@link #of(int, int, long)}: 2025-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

    /** The most learners. */
    public static final int MAX_LEARNERS = 10_000_000;
    /** The most records per learner. */
    public static final int MAX_RECORDS_PER_LEARNER = 10_000;
    /** The earliest start: 1900-01-01T00:00:00Z, the earliest instant evidence may name. */
    public static final Instant EARLIEST_START = Instant.parse("1900-01-01T00:00:00Z");
    /** The end of the starts allowed: 2100-01-01T00:00:00Z, so that every record stays before 2200. */
    public static final Instant END_OF_START = Instant.parse("2100-01-01T00:00:00Z");

    /**
     * Checks the components.
     *
     * @param learners           the number of learners, at least 1; their ids are {@code L-000001}, {@code L-000002}, ...
     * @param recordsPerLearner  the number of records each learner gets, at least 1
     * @param seed               the seed: equal settings give equal records
     * @param start              the earliest instant of any record; learners start within a year of it
     */
    public GeneratorSettings {
        if (learners < 1 || learners > MAX_LEARNERS) {
            throw new IllegalArgumentException("Invalid number of learners (must be from 1 to " + MAX_LEARNERS
                    + "): " + learners);
        }
        if (recordsPerLearner < 1 || recordsPerLearner > MAX_RECORDS_PER_LEARNER) {
            throw new IllegalArgumentException("Invalid number of records per learner (must be from 1 to "
                    + MAX_RECORDS_PER_LEARNER + "): " + recordsPerLearner);
        }
        Objects.requireNonNull(start, "start");
        if (start.isBefore(EARLIEST_START) || !start.isBefore(END_OF_START)) {
            throw new IllegalArgumentException("Invalid start (must be from " + EARLIEST_START + " to before "
                    + END_OF_START + "): " + start);
        }
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
