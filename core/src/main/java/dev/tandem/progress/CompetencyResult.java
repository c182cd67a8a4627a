package dev.tandem.progress;

import dev.tandem.competency.CompetencyId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A competency's level for a learner at an instant (FORMAT 6.3), with its explanation.
 *
 * <p>{@code level = max(directLevel, childrenLevel)}. {@code validUntil} is the latest instant until which,
 * with no new evidence, the competency keeps at least {@code level} (exclusive: at {@code validUntil} it no
 * longer does); null when the level never expires or there is no level.
 *
 * @param competency    the competency
 * @param level         its level, or null when it has none
 * @param validUntil    until when it keeps at least that level, or null (never expires, or no level)
 * @param directLevel   the highest level awarded directly by counted attempts, or null
 * @param childrenLevel the lowest level over its children, or null when it has no children or a child has
 *                      no level
 * @param awards        every award to this competency that counts at the instant (under the curriculum's
 *                      attainment rule), in time order
 */
public record CompetencyResult(CompetencyId competency, String level, Instant validUntil, String directLevel,
        String childrenLevel, List<Award> awards) {

    /**
     * Checks and copies the components.
     *
     * @param competency    the competency
     * @param level         its level, or null when it has none
     * @param validUntil    until when it keeps at least that level, or null (never expires, or no level)
     * @param directLevel   the highest level awarded directly by counted attempts, or null
     * @param childrenLevel the lowest level over its children, or null when it has no children or a child has
     *        no level
     * @param awards        every award to this competency that counts at the instant (under the curriculum's
     *        attainment rule), in time order
     */
    public CompetencyResult {
        Objects.requireNonNull(competency, "competency");
        awards = List.copyOf(awards);
    }

    /** {@return true when the competency has a level} */
    public boolean attained() {
        return level != null;
    }
}
