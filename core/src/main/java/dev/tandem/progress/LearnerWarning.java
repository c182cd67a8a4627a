package dev.tandem.progress;

import dev.tandem.assessment.AssessmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * A warning about a learner's evidence, such as an attempt ignored because it follows too many failed
 * attempts ({@code max-attempts}).
 *
 * @param code       a stable code: {@value #IGNORED_ATTEMPT}
 * @param assessment the assessment concerned
 * @param at         when the record concerned happened
 * @param message    a sentence naming the assessment and saying what happened
 */
public record LearnerWarning(String code, AssessmentId assessment, Instant at, String message) {

    /** The code of an attempt ignored because of {@code max-attempts}. */
    public static final String IGNORED_ATTEMPT = "ignored-attempt";

    /**
     * Checks the components.
     *
     * @param code       a stable code: {@value #IGNORED_ATTEMPT}
     * @param assessment the assessment concerned
     * @param at         when the record concerned happened
     * @param message    a sentence naming the assessment and saying what happened
     */
    public LearnerWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }
}
