package dev.tandem.progress;

import dev.tandem.competency.CompetencyId;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.ModuleId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner's progress at an instant: every competency's level, every module's status, the
 * certification status, and how each attempt was graded (FORMAT sections 6 and 9).
 *
 * <p>A value: immutable, thread-safe, equal to another progress with equal parts. Like every part a
 * curriculum or result may lack, the certification result is an {@link Optional} (empty when the
 * curriculum has no certification).
 *
 * <p>In a progress an evaluation made, the explanations that only some callers read (the {@link #attempts()}
 * and each competency's {@link CompetencyResult#awards() awards}) are worked out when first read, once, from
 * what the evaluation kept for them: the same immutable lists, equal to any list of the same items, at no cost
 * to a caller who reads only levels and statuses.
 */
public final class LearnerProgress {

    private final LearnerId learner;
    private final Instant asOf;
    private final int recordCount;
    private final List<CompetencyResult> competencies;
    private final List<ModuleResult> modules;
    private final CertificationResult certification;
    private final List<AttemptResult> attempts;
    private final List<LearnerWarning> warnings;

    /**
     * Creates a learner's progress, copying the lists.
     *
     * @param learner       the learner
     * @param asOf          the evaluation instant (records after it are ignored)
     * @param recordCount   how many of the learner's records lie at or before {@code asOf}
     * @param competencies  a result per competency of the curriculum, in document order
     * @param modules       a result per module of the curriculum, in document order
     * @param certification the certification result, or null when the curriculum has no certification
     * @param attempts      the learner's attempts at or before {@code asOf}, in time order (ties: input order)
     * @param warnings      warnings about the learner's evidence (ignored attempts), in time order
     */
    public LearnerProgress(LearnerId learner, Instant asOf, int recordCount, List<CompetencyResult> competencies,
            List<ModuleResult> modules, CertificationResult certification, List<AttemptResult> attempts,
            List<LearnerWarning> warnings) {
        this.learner = Objects.requireNonNull(learner, "learner");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.recordCount = recordCount;
        this.competencies = List.copyOf(competencies);
        this.modules = List.copyOf(modules);
        this.certification = certification;
        // the evaluation's own attempts are an immutable list worked out when first read: kept as they are
        this.attempts = attempts instanceof LazyList ? attempts : List.copyOf(attempts);
        this.warnings = List.copyOf(warnings);
    }

    /** {@return the learner} */
    public LearnerId learner() {
        return learner;
    }

    /** {@return the evaluation instant (records after it are ignored)} */
    public Instant asOf() {
        return asOf;
    }

    /** {@return how many of the learner's records lie at or before {@code asOf}} */
    public int recordCount() {
        return recordCount;
    }

    /** {@return a result per competency of the curriculum, in document order} */
    public List<CompetencyResult> competencies() {
        return competencies;
    }

    /** {@return a result per module of the curriculum, in document order} */
    public List<ModuleResult> modules() {
        return modules;
    }

    /** {@return the certification result, or empty when the curriculum has no certification} */
    public Optional<CertificationResult> certification() {
        return Optional.ofNullable(certification);
    }

    /** {@return the learner's attempts at or before {@code asOf}, in time order (ties: input order)} */
    public List<AttemptResult> attempts() {
        return attempts;
    }

    /** {@return warnings about the learner's evidence (ignored attempts), in time order} */
    public List<LearnerWarning> warnings() {
        return warnings;
    }

    /** {@return true when the learner has any record at or before {@code asOf}} */
    public boolean hasRecords() {
        return recordCount > 0;
    }

    /**
     * {@return the result for a competency, or empty when the curriculum has none of that id}
     *
     * @param id the id
     */
    public Optional<CompetencyResult> competency(CompetencyId id) {
        Objects.requireNonNull(id, "id");
        return competencies.stream().filter(c -> c.competency().equals(id)).findFirst();
    }

    /**
     * {@return the result for a module, or empty when the curriculum has none of that id}
     *
     * @param id the id
     */
    public Optional<ModuleResult> module(ModuleId id) {
        Objects.requireNonNull(id, "id");
        return modules.stream().filter(m -> m.module().equals(id)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnerProgress p && learner.equals(p.learner) && asOf.equals(p.asOf)
                && recordCount == p.recordCount && competencies.equals(p.competencies) && modules.equals(p.modules)
                && Objects.equals(certification, p.certification) && attempts.equals(p.attempts)
                && warnings.equals(p.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(learner, asOf, recordCount, competencies, modules, certification, attempts, warnings);
    }

    @Override
    public String toString() {
        return "LearnerProgress[learner=" + learner + ", asOf=" + asOf + ", recordCount=" + recordCount
                + ", competencies=" + competencies + ", modules=" + modules + ", certification=" + certification
                + ", attempts=" + attempts + ", warnings=" + warnings + "]";
    }
}
