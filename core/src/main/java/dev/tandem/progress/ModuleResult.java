package dev.tandem.progress;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.training.ModuleId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A module's status for a learner at an instant (FORMAT 6.4), with its explanation.
 *
 * @param module               the module
 * @param status               its status
 * @param validUntil           for a completed module, the instant it stops being completed with no new
 *                             evidence (exclusive); null when it never does or the module is not completed
 * @param pendingAssessments   the module's assessments without a valid passing attempt, in document order
 * @param unmetPrerequisites   the modules it requires that are not completed, in the order it lists them
 */
public record ModuleResult(ModuleId module, ModuleStatus status, Instant validUntil,
        List<AssessmentId> pendingAssessments, List<ModuleId> unmetPrerequisites) {

    /**
     * Checks and copies the components.
     *
     * @param module               the module
     * @param status               its status
     * @param validUntil           for a completed module, the instant it stops being completed with no new
     *        evidence (exclusive); null when it never does or the module is not completed
     * @param pendingAssessments   the module's assessments without a valid passing attempt, in document order
     * @param unmetPrerequisites   the modules it requires that are not completed, in the order it lists them
     */
    public ModuleResult {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(status, "status");
        pendingAssessments = List.copyOf(pendingAssessments);
        unmetPrerequisites = List.copyOf(unmetPrerequisites);
    }

    /** {@return true when the module is completed} */
    public boolean completed() {
        return status == ModuleStatus.COMPLETED;
    }
}
