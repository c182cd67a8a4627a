package dev.tandem.assessment;

import dev.tandem.competency.CompetencyId;
import java.util.Objects;

/**
 * A competency an assessment measures, and the level a passing attempt awards (without bands).
 *
 * @param competency the measured competency
 * @param level      the level a passing attempt awards; null when the assessment awards by bands
 */
public record Measure(CompetencyId competency, String level) {

    /**
     * Checks the competency.
     *
     * @param competency the measured competency
     * @param level      the level a passing attempt awards; null when the assessment awards by bands
     */
    public Measure {
        Objects.requireNonNull(competency, "competency");
    }

    /**
     * {@return a measure}
     *
     * @param competency the competency id
     * @param level the level awarded, or null
     */
    public static Measure of(String competency, String level) {
        return new Measure(CompetencyId.of(competency), level);
    }
}
