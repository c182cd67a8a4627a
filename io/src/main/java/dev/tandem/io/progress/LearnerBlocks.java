package dev.tandem.io.progress;

import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * A progress writer whose learners can be turned into text apart from the document, on any thread, and
 * written later in order: what lets {@link CohortPipeline} spread the work over threads and still write the
 * bytes the writer writes learner by learner.
 */
interface LearnerBlocks {

    /**
     * Writes one learner, as {@link ProgressWriter#write} does.
     *
     * @param progress the learner's progress
     * @throws IOException when the output fails
     */
    void write(LearnerProgress progress) throws IOException;

    /** {@return the instant every learner must be evaluated at} */
    Instant asOf();

    /**
     * {@return the text of learners as this writer writes them after at least one other learner}, without
     * touching this writer: safe to call from any thread.
     *
     * @param learners consecutive learners, in ascending order
     * @throws IOException never for text in memory; declared by the generators
     */
    String render(List<LearnerProgress> learners) throws IOException;

    /**
     * Writes learners rendered by {@link #render}, as if written one by one: the order is checked and the
     * document's counts kept.
     *
     * @param text     their text
     * @param learners the learners it holds
     * @throws IOException when the output fails
     */
    void writeRendered(String text, List<LearnerProgress> learners) throws IOException;
}
