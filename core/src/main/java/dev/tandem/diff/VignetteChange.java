package dev.tandem.diff;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import java.util.Objects;

/**
 * A scenario vignette (in both versions) whose expected tier changes: every trainee's past answer to it is
 * graded differently under the new version.
 *
 * @param assessment the scenario assessment
 * @param vignette   the vignette
 * @param oldTier    the tier the old policy decides for its signals
 * @param newTier    the tier the new policy decides for its signals
 */
public record VignetteChange(AssessmentId assessment, VignetteId vignette, TierId oldTier, TierId newTier) {

    /** Checks the components. */
    public VignetteChange {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(vignette, "vignette");
        Objects.requireNonNull(oldTier, "oldTier");
        Objects.requireNonNull(newTier, "newTier");
    }

    /** {@return the vignette's name in output, {@code assessment/vignette}} */
    public String name() {
        return assessment.value() + "/" + vignette.value();
    }
}
