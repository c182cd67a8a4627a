package dev.tandem.progress;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * Evaluates one learner's evidence at an instant.
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
     * (or was otherwise uncertified) and certified again gets the later reaching. The result is always one of
     * the learner's record instants (new evidence is the only thing that certifies), except for a
     * certification without requirements met without any evidence, where it is {@code asOf}.
     *
     * @param learner the learner
     * @param records the learner's records, in input order
     * @param asOf    the evaluation instant
     * @return the start of the certified stretch, or empty when the learner is not certified at {@code asOf}
     *         (or the curriculum has no certification)
     * @throws IllegalArgumentException when a record belongs to another learner or does not fit the curriculum
     */
    public Optional<Instant> certifiedSince(LearnerId learner, List<? extends EvidenceRecord> records, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return Optional.ofNullable(CertifiedSince.find(compiled, learner, log(learner, records), asOf));
    }

    /** Appends one learner's records to a new log, checking that they are all that learner's. */
    private RecordLog log(LearnerId learner, List<? extends EvidenceRecord> records) {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(records, "records");
        RecordLog log = new RecordLog();
        for (EvidenceRecord r : records) {
            Objects.requireNonNull(r, "record");
            if (!r.learner().equals(learner)) {
                throw new IllegalArgumentException("Record of learner '" + r.learner() + "' given for learner '"
                        + learner + "'");
            }
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
