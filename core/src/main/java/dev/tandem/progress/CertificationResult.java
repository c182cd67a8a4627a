package dev.tandem.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A learner's certification status at an instant (FORMAT 6.5), with what is missing.
 *
 * @param status        the status
 * @param expiresAt     for a certified learner, the first instant after the evaluation instant at which,
 *                      with no new evidence, a requirement stops holding; null when it never does or the
 *                      learner is not certified
 * @param missing       every unmet requirement: modules (document order), then competencies (the
 *                      certification's order), then practice; empty when certified
 * @param practiceHours the practice hours counted at the instant (inside {@code within}), or null when the
 *                      certification has no practice requirement
 * @param education     the continuing-education hours counted at the instant (FORMAT 13.3), or null when the
 *                      certification has no continuing-education requirement
 * @param renewal       when renewal is due (FORMAT 13.3): null without a renewal block or while not certified
 */
public record CertificationResult(CertificationStatus status, Instant expiresAt, List<Missing> missing,
        Double practiceHours, EducationHours education, RenewalDue renewal) {

    /**
     * A result without continuing education or renewal.
     *
     * @param status        the status
     * @param expiresAt     for a certified learner, when a requirement stops holding, or null
     * @param missing       every unmet requirement
     * @param practiceHours the practice hours counted at the instant, or null
     */
    public CertificationResult(CertificationStatus status, Instant expiresAt, List<Missing> missing,
            Double practiceHours) {
        this(status, expiresAt, missing, practiceHours, null, null);
    }

    /** Checks and copies the components. */
    public CertificationResult {
        Objects.requireNonNull(status, "status");
        missing = List.copyOf(missing);
    }

    /** {@return true when the status is certified} */
    public boolean certified() {
        return status == CertificationStatus.CERTIFIED;
    }
}
