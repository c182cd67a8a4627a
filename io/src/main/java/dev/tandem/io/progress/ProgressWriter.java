package dev.tandem.io.progress;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.LearnerProgress;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A writer of learner progress in one format, streaming: the document's head is written when the writer is
 * opened, each {@link #write(LearnerProgress) learner} as it comes, and the tail on {@link #close()}.
 *
 * <p>Learners must come in strictly ascending id order (FORMAT section 9), each evaluated at the writer's
 * instant. Closing finishes the document and flushes, but does not close the underlying {@link Writer}.
 * Not thread-safe: one writer belongs to one thread.
 */
public sealed interface ProgressWriter extends Closeable permits JsonProgressWriter, CsvProgressWriter,
        TextProgressWriter {

    /**
     * Writes one learner's progress.
     *
     * @param progress the learner's progress, evaluated at the writer's instant
     * @throws IOException              when the output fails
     * @throws IllegalArgumentException when the learner does not come after the previous one, or the progress
     *                                  was evaluated at another instant
     * @throws IllegalStateException    when the writer is closed
     */
    void write(LearnerProgress progress) throws IOException;

    /**
     * Evaluates every learner of a cohort at this writer's instant and writes their progress, in ascending
     * learner order, exactly as {@link #write} would one after the other. With {@code threads} above one,
     * learners are evaluated and turned into text on {@code threads - 1} threads of the call's own and on the
     * calling thread, which writes the text in order: the output is the same, byte for byte, whatever the number
     * of threads, and memory holds only the few hundred learners in flight. The threads end before this method
     * returns.
     *
     * @param cohort  the cohort, evaluated with its own evaluator
     * @param threads the threads that evaluate; 1 evaluates on the calling thread alone
     * @param each    receives each learner's progress on the calling thread, in order, once it is written
     * @throws IOException              when the output fails
     * @throws IllegalArgumentException when {@code threads} is less than 1, or a learner does not come after the
     *                                  learners written before
     * @throws IllegalStateException    when the writer is closed
     */
    default void writeAll(Cohort cohort, int threads, Consumer<? super LearnerProgress> each) throws IOException {
        CohortPipeline.write((LearnerBlocks) this, cohort, threads, each);
    }

    /**
     * Finishes the document (the skipped records, for JSON) and flushes; the underlying writer stays open.
     *
     * @throws IOException when the output fails
     */
    @Override
    void close() throws IOException;

    /**
     * Opens a writer for progress evaluated from records that were all good, and writes the document's head.
     *
     * @param format     the format
     * @param out        where to write; not closed by this writer
     * @param curriculum the curriculum evaluated
     * @param asOf       the evaluation instant
     * @return the writer
     * @throws IOException when the output fails
     */
    static ProgressWriter open(ProgressFormat format, Writer out, Curriculum curriculum, Instant asOf)
            throws IOException {
        return create(format, out, curriculum, asOf, null);
    }

    /**
     * Opens a writer for progress evaluated from the good records of an evidence file whose bad records were
     * skipped, and writes the document's head. JSON shows the summary's further counts, if any, as a top-level
     * {@code evidence} object; JSON lists the skipped records' problems as top-level
     * {@code warnings} with a {@code skipped} count; text ends with the count; CSV, a table of progress only,
     * leaves them to the caller.
     *
     * @param format     the format
     * @param out        where to write; not closed by this writer
     * @param curriculum the curriculum evaluated
     * @param asOf       the evaluation instant
     * @param evidence   the summary of reading the evidence
     * @return the writer
     * @throws IOException when the output fails
     */
    static ProgressWriter open(ProgressFormat format, Writer out, Curriculum curriculum, Instant asOf,
            EvidenceSummary evidence) throws IOException {
        return create(format, out, curriculum, asOf, Objects.requireNonNull(evidence, "evidence"));
    }

    private static ProgressWriter create(ProgressFormat format, Writer out, Curriculum curriculum, Instant asOf,
            EvidenceSummary evidence) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(asOf, "asOf");
        return switch (format) {
            case JSON -> new JsonProgressWriter(out, curriculum, asOf, evidence);
            case CSV -> new CsvProgressWriter(out, asOf, curriculum);
            case TEXT -> new TextProgressWriter(out, curriculum, asOf, evidence);
        };
    }

    /**
     * Writes the JSON document of a failed strict evaluation: the curriculum, the instant and an
     * {@code errors} array of every evidence problem, and no progress.
     *
     * @param out        where to write; not closed
     * @param curriculum the curriculum
     * @param asOf       the evaluation instant
     * @param errors     the evidence problems
     * @throws IOException when the output fails
     */
    static void writeJsonErrors(Writer out, Curriculum curriculum, Instant asOf, List<EvidenceProblem> errors)
            throws IOException {
        JsonProgressWriter.writeErrors(Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(curriculum, "curriculum"), Objects.requireNonNull(asOf, "asOf"),
                List.copyOf(errors), null);
    }

    /**
     * Writes the JSON document of a failed strict evaluation: the curriculum, the instant, the reader's counts
     * as an {@code evidence} object (when the summary has them) and an {@code errors} array of every evidence
     * problem, and no progress.
     *
     * @param out        where to write; not closed
     * @param curriculum the curriculum
     * @param asOf       the evaluation instant
     * @param evidence   the summary of reading the evidence, with its problems
     * @throws IOException when the output fails
     */
    static void writeJsonErrors(Writer out, Curriculum curriculum, Instant asOf, EvidenceSummary evidence)
            throws IOException {
        JsonProgressWriter.writeErrors(Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(curriculum, "curriculum"), Objects.requireNonNull(asOf, "asOf"),
                evidence.problems(), evidence.counts());
    }
}
