package dev.tandem.examples.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One learner's evaluated progress as it leaves a Spark task, already written in the output format: the
 * learner object of FORMAT section 9 as one line of compact JSON, or the learner's rows of
 * {@code tandem evaluate --format csv} (without the header); in both cases without the final line break.
 *
 * @param learner   the learner id
 * @param text      the learner's progress as {@code tandem evaluate} writes it
 * @param certified true when the certification's status is {@code certified}
 */
public record LearnerResult(String learner, String text, boolean certified) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that the learner and the text are present. */
    public LearnerResult {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(text, "text");
    }
}
