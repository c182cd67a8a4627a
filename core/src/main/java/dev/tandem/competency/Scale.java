package dev.tandem.competency;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A proficiency scale: named levels ordered from low to high (for example aware, developing, proficient,
 * advanced).
 *
 * @param id     the scale's id
 * @param levels the level names, low to high (the validator requires at least two distinct valid ids)
 */
public record Scale(ScaleId id, List<String> levels) {

    /**
     * Checks and copies the components.
     *
     * @param id     the scale's id
     * @param levels the level names, low to high (the validator requires at least two distinct valid ids)
     */
    public Scale {
        Objects.requireNonNull(id, "id");
        levels = List.copyOf(levels);
    }

    /**
     * {@return a scale with the given levels, low to high}
     *
     * @param id     the scale id
     * @param levels the level names, low to high
     */
    public static Scale of(String id, String... levels) {
        return new Scale(ScaleId.of(id), Arrays.asList(levels));
    }

    /**
     * {@return the position of a level on this scale (0 is the lowest), or -1 when the scale lacks it}
     *
     * @param level a level name
     */
    public int rank(String level) {
        return levels.indexOf(level);
    }

    /**
     * {@return true when the scale has a level of that name}
     *
     * @param level a level name
     */
    public boolean hasLevel(String level) {
        return levels.contains(level);
    }

    /** {@return the highest level} */
    public String highest() {
        return levels.get(levels.size() - 1);
    }
}
