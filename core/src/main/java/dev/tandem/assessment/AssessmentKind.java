package dev.tandem.assessment;

import dev.tandem.internal.EnumIds;
import java.util.Optional;

/** The kind of an assessment. */
public enum AssessmentKind {
    /** A knowledge quiz or exam. */
    QUIZ("quiz"),
    /** An observed role-play scored on a rubric. */
    OBSERVATION("observation"),
    /** A skills checklist. */
    CHECKLIST("checklist"),
    /** A supervisor's sign-off. */
    SIGN_OFF("sign-off"),
    /** A self-reflection. */
    REFLECTION("reflection"),
    /** Vignettes graded against the escalation policy. */
    SCENARIO("scenario");

    private final String id;

    AssessmentKind(String id) {
        this.id = id;
    }

    /** {@return the name used in documents, for example {@code quiz}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with that document name, or empty}
     *
     * @param id the name used in documents
     */
    public static Optional<AssessmentKind> fromId(String id) {
        return EnumIds.fromId(values(), AssessmentKind::id, id);
    }

    /** {@return the allowed document names, separated by {@code ", "}, for messages} */
    public static String allowed() {
        return EnumIds.allowed(values(), AssessmentKind::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
