package dev.tandem.analytics;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import java.util.Map;
import java.util.Objects;

/**
 * Escalation judgement on one scenario vignette: the learners who attempted its assessment, counted by
 * their response to the vignette in their most recent non-ignored attempt of that assessment (at or before
 * the report's instant). Shares are of those learners (the assessment's {@code learners} cell).
 *
 * @param assessment the scenario assessment
 * @param vignette   the vignette
 * @param expected   the expected tier (the policy's decision for the vignette's signals)
 * @param under      learners who chose a tier below the expected one
 * @param match      learners who chose the expected tier
 * @param over       learners who chose a tier above the expected one
 * @param missing    learners who gave no response to the vignette
 * @param chosen     for each tier other than the expected one, in tier order, the learners who chose it
 *                   instead (a tier below the expected one is part of {@code under}, above it of
 *                   {@code over})
 */
public record VignetteFigures(AssessmentId assessment, VignetteId vignette, TierId expected, Cell under, Cell match,
        Cell over, Cell missing, Map<TierId, Cell> chosen) {

    /**
     * Checks and copies the components.
     *
     * @param assessment the scenario assessment
     * @param vignette   the vignette
     * @param expected   the expected tier (the policy's decision for the vignette's signals)
     * @param under      learners who chose a tier below the expected one
     * @param match      learners who chose the expected tier
     * @param over       learners who chose a tier above the expected one
     * @param missing    learners who gave no response to the vignette
     * @param chosen     for each tier other than the expected one, in tier order, the learners who chose it
     *        instead (a tier below the expected one is part of {@code under}, above it of
     *        {@code over})
     */
    public VignetteFigures {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(vignette, "vignette");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(under, "under");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(over, "over");
        Objects.requireNonNull(missing, "missing");
        chosen = Figures.ordered(chosen);
    }

    /** {@return the key of the vignette in reports: {@code assessment/vignette}} */
    public String key() {
        return assessment + "/" + vignette;
    }
}
