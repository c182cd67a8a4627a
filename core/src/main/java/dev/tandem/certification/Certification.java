package dev.tandem.certification;

import java.util.List;
import java.util.Objects;

/**
 * The certification a curriculum leads to: the modules, competency levels and practice it requires
 * (FORMAT 6.5).
 *
 * @param title        the certification's title
 * @param modules      the required modules
 * @param competencies the required competency levels, in the order they are listed
 * @param practice     the practice requirement, or null when none
 */
public record Certification(String title, ModuleSelection modules, List<LevelRequirement> competencies,
        PracticeRequirement practice) {

    /**
     * Checks and copies the components.
     *
     * @param title        the certification's title
     * @param modules      the required modules
     * @param competencies the required competency levels, in the order they are listed
     * @param practice     the practice requirement, or null when none
     */
    public Certification {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(modules, "modules");
        competencies = List.copyOf(competencies);
    }
}
