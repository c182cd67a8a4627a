package dev.tandem.progress;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The evaluator of learner progress for one curriculum (FORMAT section 6): compiled once, then a pure
 * function of evidence and instant.
 *
 * <p>Compiling resolves every id to an index, the scales of competencies, the hierarchy for roll-ups, and
 * the expected tier of every scenario vignette (the curriculum's escalation policy, compiled once, decides
 * it for the vignette's signals). Immutable and thread-safe: one instance serves any number of threads.
 *
 * <p>Evidence must fit the curriculum (the evidence readers check this and report problems per record);
 * a record that does not is a caller mistake and throws {@link IllegalArgumentException}: an unknown
 * assessment or module, a non-scenario attempt without a score or with a score outside
 * {@code [0, max-score]}, a scenario response naming an unknown vignette or tier. A scenario attempt's own
 * score, if given, is ignored: it is recomputed from the responses.
 */
public final class Evaluator {

    private final Curriculum curriculum;
    private final CompiledCurriculum compiled;

    private Evaluator(Curriculum curriculum) {
        this.curriculum = curriculum;
        this.compiled = CompiledCurriculum.of(curriculum);
    }

    /**
     * Compiles an evaluator for a curriculum.
     *
     * @param curriculum a (valid) curriculum
     * @return the evaluator
     */
    public static Evaluator of(Curriculum curriculum) {
        return new Evaluator(Objects.requireNonNull(curriculum, "curriculum"));
    }

    /** {@return the curriculum this evaluator evaluates against} */
    public Curriculum curriculum() {
        return curriculum;
    }

    /**
     * Evaluates the records of many learners at an instant: groups them per learner (keeping their input
     * order) and evaluates every learner. For a whole evidence file, pass an evidence reader's cursor's
     * stream; for a cohort too large to hold its results at once, use {@link #cohort(Iterable)} and evaluate
     * it lazily.
     *
     * @param records every record, of any learners, in input order (the order breaks ties in time)
     * @param asOf    the evaluation instant; records after it are ignored, a record exactly at it counts
     * @return each learner's progress, iterating in ascending learner id order; unmodifiable
     * @throws IllegalArgumentException when a record does not fit the curriculum
     */
    public Map<LearnerId, LearnerProgress> evaluateAll(Iterable<? extends EvidenceRecord> records, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return byLearner(cohort(records), asOf);
    }

    /**
     * Evaluates the records of many learners at an instant, as {@link #evaluateAll(Iterable, Instant)} does;
     * the stream is consumed in encounter order (not closed).
     *
     * @param records every record, of any learners, in input order
     * @param asOf    the evaluation instant
     * @return each learner's progress, iterating in ascending learner id order; unmodifiable
     * @throws IllegalArgumentException when a record does not fit the curriculum
     */
    public Map<LearnerId, LearnerProgress> evaluateAll(Stream<? extends EvidenceRecord> records, Instant asOf) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(asOf, "asOf");
        Cohort.Builder builder = cohort();
        records.forEachOrdered(builder::add);
        return byLearner(builder.build(), asOf);
    }

    private static Map<LearnerId, LearnerProgress> byLearner(Cohort cohort, Instant asOf) {
        Map<LearnerId, LearnerProgress> all = new LinkedHashMap<>();
        cohort.evaluate(asOf).forEachOrdered(p -> all.put(p.learner(), p));
        return Collections.unmodifiableMap(all);
    }

    /**
     * Evaluates one learner's evidence at an instant. Every record must be that learner's: to evaluate a file
     * or any collection of records of many learners, use {@link #evaluateAll(Iterable, Instant)}.
     *
     * @param learner the learner
     * @param records the learner's records, in input order (the order breaks ties in time)
     * @param asOf    the evaluation instant; records after it are ignored, a record exactly at it counts
     * @return the learner's progress
     * @throws IllegalArgumentException when a record belongs to another learner or does not fit the curriculum
     */
    public LearnerProgress evaluate(LearnerId learner, List<? extends EvidenceRecord> records, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return compiled.evaluate(learner, log(learner, records), asOf);
    }

    /**
     * Finds when a learner certified at an instant reached the certification: the start of their current
     * certified stretch, i.e. the latest instant {@code s <= asOf} such that, counting at each instant only the
     * evidence up to it, the learner is certified at every instant of {@code [s, asOf]}. A learner who lapsed
     * (or was otherwise uncertified) and certified again gets the later reaching. The result is an instant at
     * which certification can begin: one of the learner's record instants, or, under {@code average} and
     * {@code decaying-average} attainment, an instant at which an attempt expires (a low attempt expiring can
     * raise a level). A certification without requirements, held before any evidence, gives the first record's
     * instant, or {@code asOf} without records. Computed in one sweep over the learner's records and the
     * instants at which they stop counting, not by evaluating at each of them.
     *
     * @param learner the learner
     * @param records the learner's records, in input order
     * @param asOf    the evaluation instant
     * @return the start of the certified stretch, or empty when the learner is not certified at {@code asOf}
     *         (or the curriculum has no certification)
     * @throws IllegalArgumentException when a record belongs to another learner or does not fit the curriculum
     */
    public Optional<Instant> certifiedSince(LearnerId learner, List<? extends EvidenceRecord> records, Instant asOf) {
        CertificationTimeline timeline = timeline(learner, records, asOf);
        return Optional.ofNullable(timeline == null ? null : timeline.since());
    }

    /**
     * Finds when a learner was first certified: the first instant {@code t <= asOf} at which, counting only the
     * evidence up to {@code t}, the learner is certified, whatever happened after it (the date of
     * certification of the cohort report's time to certification). Like {@link #certifiedSince}, it is a
     * record instant or, under an average, an instant at which an attempt expires; a certification without
     * requirements gives the first record's instant, or {@code asOf} without records. Computed in one sweep.
     *
     * @param learner the learner
     * @param records the learner's records, in input order
     * @param asOf    the evaluation instant; records after it are ignored
     * @return the first instant of certification, or empty when the learner was never certified up to
     *         {@code asOf} (or the curriculum has no certification)
     * @throws IllegalArgumentException when a record belongs to another learner or does not fit the curriculum
     */
    public Optional<Instant> firstCertified(LearnerId learner, List<? extends EvidenceRecord> records, Instant asOf) {
        CertificationTimeline timeline = timeline(learner, records, asOf);
        return Optional.ofNullable(timeline == null ? null : timeline.first());
    }

    private CertificationTimeline timeline(LearnerId learner, List<? extends EvidenceRecord> records, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return compiled.timeline(log(learner, records), asOf);
    }

    /** Appends one learner's records to a new log, checking that they are all that learner's. */
    private RecordLog log(LearnerId learner, List<? extends EvidenceRecord> records) {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(records, "records");
        RecordLog log = new RecordLog();
        int index = 0;
        for (EvidenceRecord r : records) {
            Objects.requireNonNull(r, "record");
            if (!r.learner().equals(learner)) {
                throw new IllegalArgumentException("Record " + index + " belongs to another learner than the one "
                        + "evaluated; to evaluate the records of many learners, use evaluateAll");
            }
            index++;
            if (compiled.counts(r)) {
                compiled.append(log, r);
            }
        }
        return log;
    }

    /**
     * Starts grouping a cohort's evidence: records go in, in input order, one at a time; the cohort keeps
     * them per learner in compact form.
     *
     * @return an empty cohort builder bound to this evaluator
     */
    public Cohort.Builder cohort() {
        return new Cohort.Builder(this);
    }

    /**
     * Groups a cohort's evidence at once.
     *
     * @param records every record, in input order
     * @return the cohort
     * @throws IllegalArgumentException when a record does not fit the curriculum
     */
    public Cohort cohort(Iterable<? extends EvidenceRecord> records) {
        return cohort().addAll(records).build();
    }

    /**
     * {@return false for a record that changes nothing and is left out everywhere, even from the learners
     * listed: an education record when the certification has no renewal block (FORMAT 13.3)}
     *
     * @param record a record
     */
    public boolean counts(EvidenceRecord record) {
        return compiled.counts(Objects.requireNonNull(record, "record"));
    }

    CompiledCurriculum compiled() {
        return compiled;
    }

    @Override
    public String toString() {
        return "Evaluator[" + curriculum.id() + " " + curriculum.version() + "]";
    }
}
