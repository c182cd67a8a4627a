package dev.tandem.training;

import dev.tandem.competency.CompetencyId;
import dev.tandem.training.Target;
import java.util.Objects;

/**
 * An intended outcome of a module: the level of a competency it aims at (design intent, used by lints).
 *
 * @param competency the competency
 * @param level      the level aimed at
 */
public record Target(CompetencyId competency, String level) {

    /** Checks the components. */
    public Target {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(level, "level");
    }
}
