package dev.tandem.io.progress;

import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.LearnerProgress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Checks that learners come in ascending order at one instant, and that the writer is still open. */
final class LearnerOrder {

    private final Instant asOf;
    private LearnerId last;
    private boolean closed;

    LearnerOrder(Instant asOf) {
        this.asOf = asOf;
    }

    void check(LearnerProgress progress) {
        Objects.requireNonNull(progress, "progress");
        if (closed) {
            throw new IllegalStateException("The progress writer is closed");
        }
        if (!progress.asOf().equals(asOf)) {
            throw new IllegalArgumentException("Progress evaluated at " + progress.asOf() + ", not at " + asOf);
        }
        if (last != null && progress.learner().compareTo(last) <= 0) {
            throw new IllegalArgumentException("Learners must come in ascending id order, each once");
        }
        last = progress.learner();
    }

    /**
     * Checks learners that come together, in their order.
     *
     * @param learners the learners
     */
    void checkAll(List<LearnerProgress> learners) {
        for (LearnerProgress p : learners) {
            check(p);
        }
    }

    /** {@return the instant every learner must be evaluated at} */
    Instant asOf() {
        return asOf;
    }

    /** {@return true the first time, false when already closed} */
    boolean close() {
        boolean wasOpen = !closed;
        closed = true;
        return wasOpen;
    }
}
