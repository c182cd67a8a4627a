package dev.tandem.certification;

import dev.tandem.competency.CompetencyId;
import java.util.Objects;

/**
 * A certification requirement: a competency at a level or above.
 *
 * @param competency the competency
 * @param level      the lowest level that satisfies the requirement
 */
public record LevelRequirement(CompetencyId competency, String level) {

    /**
     * Checks the components.
     *
     * @param competency the competency
     * @param level      the lowest level that satisfies the requirement
     */
    public LevelRequirement {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(level, "level");
    }
}
