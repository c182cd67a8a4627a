package dev.tandem.diff;

import dev.tandem.competency.CompetencyId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.ModuleResult;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What adopting a new version does to a cohort (FORMAT section 14.2): every learner evaluated under both
 * versions at the same instant.
 *
 * @param learners      how many learners were evaluated (those with any record under either version)
 * @param asOf          the instant of evaluation
 * @param certification the learners by certification status transition: only pairs with a change and a
 *                      non-zero count, ordered by from then to in the order certified, lapsed, in-progress,
 *                      not-started; empty unless both versions have a certification
 * @param competencies  per competency in both versions (in the new version's order), how many learners' level
 *                      rose and fell
 * @param modules       per module in both versions (in the new version's order), how many learners' status
 *                      changed
 * @param affected      the learners whose certification status changes, in ascending id order (personal data:
 *                      for a file written on request only)
 */
public record Impact(int learners, Instant asOf, List<Transition> certification,
        Map<CompetencyId, Shift> competencies, Map<ModuleId, Integer> modules, List<Affected> affected) {

    /** Checks and copies the components. */
    public Impact {
        Objects.requireNonNull(asOf, "asOf");
        certification = List.copyOf(certification);
        competencies = Collections.unmodifiableMap(new LinkedHashMap<>(competencies));
        modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
        affected = List.copyOf(affected);
    }

    /**
     * How many learners moved from one certification status to another.
     *
     * @param from  the status under the old version
     * @param to    the status under the new version
     * @param count how many learners, at least 1
     */
    public record Transition(CertificationStatus from, CertificationStatus to, int count) {
        /** Checks the components. */
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * How many learners' level of one competency rose and fell.
     *
     * @param raised  learners whose level is higher under the new version
     * @param lowered learners whose level is lower under the new version
     */
    public record Shift(int raised, int lowered) {
    }

    /**
     * A learner whose certification status changes.
     *
     * @param learner   the learner
     * @param oldStatus the status under the old version
     * @param newStatus the status under the new version
     */
    public record Affected(LearnerId learner, CertificationStatus oldStatus, CertificationStatus newStatus) {
        /** Checks the components. */
        public Affected {
            Objects.requireNonNull(learner, "learner");
            Objects.requireNonNull(oldStatus, "oldStatus");
            Objects.requireNonNull(newStatus, "newStatus");
        }
    }

    /**
     * Evaluates every learner of two cohorts (the same evidence read against each version) under both versions.
     * A level's height is its position on the competency's scale in its own version (none below every level).
     *
     * @param older the evidence grouped for the old version
     * @param newer the evidence grouped for the new version
     * @param asOf  the instant of evaluation
     * @return the impact
     */
    public static Impact of(Cohort older, Cohort newer, Instant asOf) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(asOf, "asOf");
        Curriculum oc = older.evaluator().curriculum();
        Curriculum nc = newer.evaluator().curriculum();
        TreeSet<LearnerId> learners = new TreeSet<>(older.learners());
        learners.addAll(newer.learners());
        Map<CertificationStatus, Map<CertificationStatus, Integer>> transitions = new EnumMap<>(
                CertificationStatus.class);
        Map<CompetencyId, int[]> shifts = new LinkedHashMap<>();
        nc.competencies().forEach(c -> {
            if (oc.competency(c.id()).isPresent()) {
                shifts.put(c.id(), new int[2]);
            }
        });
        Map<ModuleId, Integer> modules = new LinkedHashMap<>();
        for (TrainingModule m : nc.modules()) {
            if (oc.module(m.id()).isPresent()) {
                modules.put(m.id(), 0);
            }
        }
        List<Affected> affected = new ArrayList<>();
        for (LearnerId learner : learners) {
            LearnerProgress before = evaluate(older, learner, asOf);
            LearnerProgress after = evaluate(newer, learner, asOf);
            CertificationResult cb = before.certification();
            CertificationResult ca = after.certification();
            if (cb != null && ca != null && cb.status() != ca.status()) {
                transitions.computeIfAbsent(cb.status(), k -> new EnumMap<>(CertificationStatus.class))
                        .merge(ca.status(), 1, Integer::sum);
                affected.add(new Affected(learner, cb.status(), ca.status()));
            }
            shifts.forEach((id, counts) -> {
                int b = height(oc, before.competency(id).orElse(null));
                int a = height(nc, after.competency(id).orElse(null));
                if (a > b) {
                    counts[0]++;
                } else if (a < b) {
                    counts[1]++;
                }
            });
            modules.replaceAll((id, n) -> status(before, id) == status(after, id) ? n : n + 1);
        }
        List<Transition> list = new ArrayList<>();
        transitions.forEach((from, tos) -> tos.forEach((to, n) -> list.add(new Transition(from, to, n))));
        Map<CompetencyId, Shift> competencies = new LinkedHashMap<>();
        shifts.forEach((id, counts) -> competencies.put(id, new Shift(counts[0], counts[1])));
        return new Impact(learners.size(), asOf, list, competencies, modules, affected);
    }

    /** A learner only the other cohort has (its evidence was skipped for this version) has no records here. */
    private static LearnerProgress evaluate(Cohort cohort, LearnerId learner, Instant asOf) {
        return cohort.contains(learner) ? cohort.evaluate(learner, asOf)
                : cohort.evaluator().evaluate(learner, List.of(), asOf);
    }

    private static int height(Curriculum c, CompetencyResult result) {
        return result == null || result.level() == null ? -1 : c.scaleOf(result.competency()).rank(result.level());
    }

    private static Object status(LearnerProgress p, ModuleId id) {
        return p.module(id).map(ModuleResult::status).orElse(null);
    }
}
