package dev.tandem.analytics;

import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cohort's evidence grouped for reporting: the evaluator's compact {@link Cohort}, plus what a report needs
 * beyond evaluation results, in compact form per learner: the instant of the learner's first record (time to
 * certification counts from it) and the responses of scenario attempts (as tier ranks per
 * vignette). No learner id leaves this class except through {@link #cohort()}.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CohortEvidence {

    private final Cohort cohort;
    private final ReportShape shape;
    /** the cohort's learners, in its order */
    private final List<LearnerId> learners;
    /** per learner: scenario attempts in input order, or null when none. */
    private final ScenarioLog[] scenarios;

    private CohortEvidence(Cohort cohort, ReportShape shape, ScenarioLog[] scenarios) {
        this.cohort = cohort;
        this.learners = cohort.learners();
        this.shape = shape;
        this.scenarios = scenarios;
    }

    /**
     * {@return a builder grouping records for a curriculum's evaluator}
     *
     * @param evaluator the evaluator of the curriculum the records belong to
     */
    public static Builder builder(Evaluator evaluator) {
        return new Builder(Objects.requireNonNull(evaluator, "evaluator"));
    }

    /**
     * Groups records at once.
     *
     * @param evaluator the evaluator
     * @param records   every record, in input order
     * @return the grouped evidence
     * @throws IllegalArgumentException when a record does not fit the curriculum
     */
    public static CohortEvidence of(Evaluator evaluator, Iterable<? extends EvidenceRecord> records) {
        Builder b = builder(evaluator);
        for (EvidenceRecord r : Objects.requireNonNull(records, "records")) {
            b.add(r);
        }
        return b.build();
    }

    /** {@return the evaluator's cohort (learners in ascending id order)} */
    public Cohort cohort() {
        return cohort;
    }

    /** {@return how many learners have any record} */
    public int size() {
        return cohort.size();
    }

    ReportShape shape() {
        return shape;
    }

    /** {@return the instant of learner i's first record}: every learner came with a record */
    Instant firstRecord(int i) {
        return cohort.firstRecord(learners.get(i)).orElseThrow();
    }

    /**
     * {@return the responses (tier rank per vignette, -1 for none) of learner i's k-th attempt (in time order,
     * ties in input order) of scenario assessment a at or before asOf, or null when there is none}
     */
    short[] responses(int i, int assessment, int k, Instant asOf) {
        ScenarioLog log = scenarios[i];
        return log == null ? null : log.responses(assessment, k, asOf);
    }

    @Override
    public String toString() {
        return "CohortEvidence[" + cohort.size() + " learners, " + cohort.recordCount() + " records]";
    }

    /**
     * Groups records by learner, in input order. Not thread-safe; builds one {@link CohortEvidence}.
     */
    public static final class Builder {
        private final Evaluator evaluator;
        private final Cohort.Builder cohort;
        private final ReportShape shape;
        /** The scenario attempts of each learner who has any; the first records come from the cohort. */
        private Map<LearnerId, ScenarioLog> scenarios = new HashMap<>();

        Builder(Evaluator evaluator) {
            this.evaluator = evaluator;
            this.cohort = evaluator.cohort();
            this.shape = ReportShape.of(evaluator.curriculum());
        }

        /**
         * Adds a record.
         *
         * @param record the record
         * @return this builder
         * @throws IllegalArgumentException when the record does not fit the curriculum
         * @throws IllegalStateException    when the builder has already been built
         */
        public Builder add(EvidenceRecord record) {
            Objects.requireNonNull(record, "record");
            if (scenarios == null) {
                throw new IllegalStateException("This builder has already been built");
            }
            if (!evaluator.counts(record)) {
                return this; // changes nothing, not even which learners there are
            }
            cohort.add(record);
            if (record instanceof EvidenceRecord.Attempt attempt) {
                int a = shape.scenarioIndex(attempt.assessment());
                if (a >= 0) {
                    scenarios.computeIfAbsent(record.learner(), k -> new ScenarioLog())
                            .add(a, attempt.at(), shape.ranks(a, attempt.responses()));
                }
            }
            return this;
        }

        /**
         * Adds records, in their iteration order.
         *
         * @param records the records
         * @return this builder
         */
        public Builder addAll(Iterable<? extends EvidenceRecord> records) {
            for (EvidenceRecord r : Objects.requireNonNull(records, "records")) {
                add(r);
            }
            return this;
        }

        /**
         * Builds the grouped evidence.
         *
         * @return the evidence
         * @throws IllegalStateException when called twice
         */
        public CohortEvidence build() {
            if (scenarios == null) {
                throw new IllegalStateException("This builder has already been built");
            }
            Cohort c = cohort.build();
            List<LearnerId> learners = c.learners();
            ScenarioLog[] byLearner = new ScenarioLog[learners.size()];
            for (int i = 0; i < learners.size(); i++) {
                byLearner[i] = scenarios.remove(learners.get(i));
            }
            scenarios = null;
            return new CohortEvidence(c, shape, byLearner);
        }
    }
}
