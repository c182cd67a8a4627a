package dev.tandem.progress;

import dev.tandem.assessment.AssessmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * A level awarded to a competency by one attempt that counts at the evaluation instant: the explanation
 * of where a competency's level comes from.
 *
 * @param assessment the assessment attempted
 * @param at         when the attempt was made
 * @param level      the level it awarded
 * @param validUntil the instant the attempt stops being valid (exclusive), or null when it never expires
 */
public record Award(AssessmentId assessment, Instant at, String level, Instant validUntil) {

    /**
     * Checks the components.
     *
     * @param assessment the assessment attempted
     * @param at         when the attempt was made
     * @param level      the level it awarded
     * @param validUntil the instant the attempt stops being valid (exclusive), or null when it never expires
     */
    public Award {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(level, "level");
    }
}
