package dev.tandem.io.progress;

import dev.tandem.evidence.LearnerId;
import dev.tandem.io.internal.Workers;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A bounded pipeline that evaluates a cohort's learners and renders them on worker threads, in blocks of
 * consecutive learners, while the calling thread writes the blocks in learner order. A few blocks per worker are
 * in flight at most, so memory does not grow with the cohort.
 */
final class CohortPipeline {

    /** The most learners of one block. */
    private static final int BLOCK = 256;

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
        int n = learners.size();
        // blocks small enough that every worker gets several, large enough to amortise the hand-over
        int block = Math.max(1, Math.min(BLOCK, n / (threads * 8)));
        ExecutorService workers = Workers.pool(threads, "evaluate");
        ArrayDeque<Future<Block>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < n || !inFlight.isEmpty()) {
                while (next < n && inFlight.size() < 2 * threads + 2) {
                    List<LearnerId> ids = learners.subList(next, Math.min(n, next + block));
                    inFlight.add(workers.submit(() -> render(writer, cohort, ids, asOf)));
                    next += ids.size();
                }
                Block b = Workers.get(inFlight.poll());
                writer.writeRendered(b.text(), b.learners());
                b.learners().forEach(each);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            workers.shutdownNow();
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
