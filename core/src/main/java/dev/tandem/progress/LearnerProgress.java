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
 * @param learner       the learner
 * @param asOf          the evaluation instant (records after it are ignored)
 * @param recordCount   how many of the learner's records lie at or before {@code asOf}
 * @param competencies  a result per competency of the curriculum, in document order
 * @param modules       a result per module of the curriculum, in document order
 * @param certification the certification result, or null when the curriculum has no certification
 * @param attempts      the learner's attempts at or before {@code asOf}, in time order (ties: input order)
 * @param warnings      warnings about the learner's evidence (ignored attempts), in time order
 */
public record LearnerProgress(LearnerId learner, Instant asOf, int recordCount, List<CompetencyResult> competencies,
        List<ModuleResult> modules, CertificationResult certification, List<AttemptResult> attempts,
        List<LearnerWarning> warnings) {

    /** Checks and copies the components. */
    public LearnerProgress {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(asOf, "asOf");
        competencies = List.copyOf(competencies);
        modules = List.copyOf(modules);
        attempts = List.copyOf(attempts);
        warnings = List.copyOf(warnings);
    }

    /** {@return true when the learner has any record at or before {@code asOf}} */
    public boolean hasRecords() {
        return recordCount > 0;
    }

    /** {@return the result for a competency, or empty when the curriculum has none of that id} @param id the id */
    public Optional<CompetencyResult> competency(CompetencyId id) {
        Objects.requireNonNull(id, "id");
        return competencies.stream().filter(c -> c.competency().equals(id)).findFirst();
    }

    /** {@return the result for a module, or empty when the curriculum has none of that id} @param id the id */
    public Optional<ModuleResult> module(ModuleId id) {
        Objects.requireNonNull(id, "id");
        return modules.stream().filter(m -> m.module().equals(id)).findFirst();
    }

    /** {@return the certification result, or empty when the curriculum has no certification} */
    public Optional<CertificationResult> certificationResult() {
        return Optional.ofNullable(certification);
    }
}
