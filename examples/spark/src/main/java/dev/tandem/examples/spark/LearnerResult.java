package dev.tandem.examples.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One learner's evaluated progress as it leaves a Spark task: the learner object of FORMAT section 9 as one
 * line of compact JSON, and whether the learner holds the certification.
 *
 * @param learner   the learner id
 * @param json      the learner object of FORMAT section 9, compact, on one line
 * @param certified true when the certification's status is {@code certified}
 */
public record LearnerResult(String learner, String json, boolean certified) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that the learner and the JSON are present. */
    public LearnerResult {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(json, "json");
    }
}
