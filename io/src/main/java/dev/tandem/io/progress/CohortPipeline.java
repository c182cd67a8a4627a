package dev.tandem.io.progress;

import dev.tandem.evidence.LearnerId;
import dev.tandem.internal.InOrder;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A bounded pipeline that evaluates a cohort's learners and renders them, in blocks of consecutive learners, on
 * threads of its own and on the calling thread, which writes the blocks in learner order. A few blocks per thread
 * are in flight at most, so memory does not grow with the cohort. On one thread, learners are written as they
 * are evaluated, with no rendering in between.
 */
final class CohortPipeline {

    private CohortPipeline() {
    }

    static void write(LearnerBlocks writer, Cohort cohort, int threads, Consumer<? super LearnerProgress> each)
            throws IOException {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(each, "each");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        Instant asOf = writer.asOf();
        if (threads == 1) {
            for (LearnerProgress p : (Iterable<LearnerProgress>) cohort.evaluate(asOf)::iterator) {
                writer.write(p);
                each.accept(p);
            }
            return;
        }
        List<LearnerId> learners = cohort.learners();
        try {
            InOrder.run(learners.size(), threads, "evaluate",
                    (from, to) -> render(writer, cohort, learners.subList(from, to), asOf), b -> {
                        writer.writeRendered(b.text(), b.learners());
                        b.learners().forEach(each);
                    });
        } catch (InOrder.WorkFailed e) {
            throw e.rethrow(IOException.class);
        }
    }

    private static Block render(LearnerBlocks writer, Cohort cohort, List<LearnerId> ids, Instant asOf)
            throws IOException {
        List<LearnerProgress> progress = new ArrayList<>(ids.size());
        for (LearnerId id : ids) {
            progress.add(cohort.evaluate(id, asOf));
        }
        return new Block(writer.render(progress), progress);
    }

    /** Learners evaluated and rendered. */
    private record Block(String text, List<LearnerProgress> learners) {
    }
}
