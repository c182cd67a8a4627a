package dev.tandem.progress;

import dev.tandem.competency.Attainment;
import dev.tandem.competency.Rollup;

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
 * @param awards        every award to this competency that counts at the instant (under the competency's
 *                      attainment method: for {@code best}, {@code average}, {@code decaying-average} and
 *                      {@code n-mastery} what each valid attempt awards on its own; for {@code latest} the most
 *                      recent valid attempt per assessment), in time order
 * @param attainment    the method that produced {@code directLevel} (FORMAT 13.1): the competency's own, or the
 *                      document's
 * @param rollup        the rule that produced {@code childrenLevel} (FORMAT 13.2), or null when the competency
 *                      has no children
 */
public record CompetencyResult(CompetencyId competency, String level, Instant validUntil, String directLevel,
        String childrenLevel, List<Award> awards, Attainment attainment, Rollup rollup) {

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
     * @param attainment the method that produced {@code directLevel} (FORMAT 13.1): the competency's own, or the document's
     * @param rollup the rule that produced {@code childrenLevel} (FORMAT 13.2), or null when the competency has no children
     */
    public CompetencyResult {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(attainment, "attainment");
        // the evaluation's own awards are an immutable list worked out when first read: kept as they are
        awards = awards instanceof LazyList ? awards : List.copyOf(awards);
    }

    /**
     * A result under {@code best}, with the default roll-up when the competency has children.
     *
     * @param competency    the competency
     * @param level         its level, or null when it has none
     * @param validUntil    until when it keeps at least that level, or null
     * @param directLevel   the highest level awarded directly, or null
     * @param childrenLevel the lowest level over its children, or null
     * @param awards        the awards that count at the instant, in time order
     */
    public CompetencyResult(CompetencyId competency, String level, Instant validUntil, String directLevel,
            String childrenLevel, List<Award> awards) {
        this(competency, level, validUntil, directLevel, childrenLevel, awards, Attainment.BEST, null);
    }

    /**
     * {@return where the level comes from: {@code "direct"} (the attainment method), {@code "children"} (the
     * roll-up, when it gives more than the direct level), or null when there is no level}
     */
    public String source() {
        if (level == null) {
            return null;
        }
        return level.equals(directLevel) ? "direct" : "children";
    }

    /** {@return true when the competency has a level} */
    public boolean attained() {
        return level != null;
    }
}
