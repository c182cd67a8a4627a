package dev.tandem.progress;

import dev.tandem.assessment.AssessmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * How one attempt (at or before the evaluation instant) was graded.
 *
 * @param assessment    the assessment
 * @param at            when
 * @param score         the score; for a scenario, the number of vignettes answered with the expected tier
 * @param passed        true when it passed ({@code score >= pass-score}, and for a scenario no
 *                      under-escalation)
 * @param underEscalated true for a scenario attempt that fails because a response is below the expected tier
 *                      or missing where the expected tier is above the lowest
 * @param ignored       true when ignored because of {@code max-attempts}
 * @param validUntil    the instant the attempt stops being valid (exclusive), or null when never
 * @param valid         true when valid at the evaluation instant (never for an ignored attempt)
 */
public record AttemptResult(AssessmentId assessment, Instant at, double score, boolean passed,
        boolean underEscalated, boolean ignored, Instant validUntil, boolean valid) {

    /**
     * Checks the components.
     *
     * @param assessment    the assessment
     * @param at            when
     * @param score         the score; for a scenario, the number of vignettes answered with the expected tier
     * @param passed        true when it passed ({@code score >= pass-score}, and for a scenario no
     *        under-escalation)
     * @param underEscalated true for a scenario attempt that fails because a response is below the expected tier
     *        or missing where the expected tier is above the lowest
     * @param ignored       true when ignored because of {@code max-attempts}
     * @param validUntil    the instant the attempt stops being valid (exclusive), or null when never
     * @param valid         true when valid at the evaluation instant (never for an ignored attempt)
     */
    public AttemptResult {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(at, "at");
    }
}
