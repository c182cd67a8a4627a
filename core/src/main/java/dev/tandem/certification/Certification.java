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
 * @param renewal      how the certification is renewed (FORMAT 13.3), or null when it is not
 */
public record Certification(String title, ModuleSelection modules, List<LevelRequirement> competencies,
        PracticeRequirement practice, Renewal renewal) {

    /** Checks and copies the components. */
    public Certification {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(modules, "modules");
        competencies = List.copyOf(competencies);
    }

    /**
     * A certification without renewal.
     *
     * @param title        the certification's title
     * @param modules      the required modules
     * @param competencies the required competency levels, in the order they are listed
     * @param practice     the practice requirement, or null when none
     */
    public Certification(String title, ModuleSelection modules, List<LevelRequirement> competencies,
            PracticeRequirement practice) {
        this(title, modules, competencies, practice, null);
    }

    /** {@return a copy with a renewal block} @param renewal how it is renewed, or null for none */
    public Certification withRenewal(Renewal renewal) {
        return new Certification(title, modules, competencies, practice, renewal);
    }

    /** {@return the continuing-education requirement, or null when there is none} */
    public ContinuingEducation continuingEducation() {
        return renewal == null ? null : renewal.continuingEducation();
    }
}
