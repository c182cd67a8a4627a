package dev.tandem.progress;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.Attainment;
import dev.tandem.evidence.LearnerId;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The evaluation of one learner's compact records at one instant: the rules of FORMAT section 6.
 *
 * <p>Every requirement is computed as the instant at which it stops holding with no new evidence (an
 * exclusive end): {@link #NEVER} when it never does, {@link #NONE} when it does not hold at {@code asOf}.
 * Levels, module completion and practice hours can only fall as time passes without new evidence (attempts
 * and practice records only expire, and a later attempt of an assessment never expires before an earlier
 * one), so "holds at t" is always "t before its end", and roll-ups combine ends with max and min.
 * Package-private; one instance per evaluation, confined to one thread.
 */
final class LearnerEvaluation {

    static final Instant NEVER = Instant.MAX;
    static final Instant NONE = Instant.MIN;

    private final CompiledCurriculum cc;
    private final RecordLog log;
    private final Instant asOf;
    private final boolean expiring;

    /** indices of the records at or before asOf, in input order. */
    private final int[] considered;
    /** attempts at or before asOf, in time order (ties: input order). */
    private final int[] attempts;

    // per record index
    private final boolean[] ignored;
    private final boolean[] passed;
    private final Instant[] expiry;
    private final boolean[] counted;

    /** per assessment: the end of its latest valid passing attempt (NONE when none). */
    private final Instant[] passEnd;
    /** per competency and level rank: when the direct level stops being at least that rank. */
    private final Instant[][] directEnd;
    /** per competency and level rank: when the level (with roll-up) stops being at least that rank. */
    private final Instant[][] levelEnd;
    /** per competency and level rank: when the minimum over children stops being at least that rank. */
    private final Instant[][] childrenEnd;
    /** per module: when it stops being completed. */
    private final Instant[] moduleEnd;
    private final boolean[] moduleTouched;

    private BigDecimal practiceRecorded = BigDecimal.ZERO;
    private Instant practiceEnd = NEVER;

    LearnerEvaluation(CompiledCurriculum cc, RecordLog log, Instant asOf) {
        this(cc, log, asOf, true);
    }

    private LearnerEvaluation(CompiledCurriculum cc, RecordLog log, Instant asOf, boolean expiring) {
        this.cc = cc;
        this.log = log;
        this.asOf = asOf;
        this.expiring = expiring;
        int n = log.size();
        int[] sel = new int[n];
        int count = 0;
        long s = asOf.getEpochSecond();
        int ns = asOf.getNano();
        for (int i = 0; i < n; i++) {
            if (log.atOrBefore(i, s, ns)) {
                sel[count++] = i;
            }
        }
        considered = Arrays.copyOf(sel, count);
        attempts = attemptsInTimeOrder();
        ignored = new boolean[n];
        passed = new boolean[n];
        expiry = new Instant[n];
        counted = new boolean[n];
        passEnd = new Instant[cc.assessments.length];
        Arrays.fill(passEnd, NONE);
        int nc = cc.competencyIds.length;
        directEnd = new Instant[nc][];
        levelEnd = new Instant[nc][];
        childrenEnd = new Instant[nc][];
        for (int c = 0; c < nc; c++) {
            directEnd[c] = filled(cc.levels.get(c).size());
            levelEnd[c] = filled(cc.levels.get(c).size());
            childrenEnd[c] = filled(cc.levels.get(c).size());
        }
        moduleEnd = new Instant[cc.moduleIds.length];
        moduleTouched = new boolean[cc.moduleIds.length];
        gradeAttempts();
        awardLevels();
        rollUp();
        moduleCompletion();
        practice();
    }

    /**
     * {@return the considered attempts in time order, ties in input order: a stable sort, by insertion for
     * the usual handful of attempts, else by TimSort}
     */
    private int[] attemptsInTimeOrder() {
        int[] sorted = new int[considered.length];
        int count = 0;
        for (int i : considered) {
            if (log.kind(i) == RecordLog.ATTEMPT) {
                sorted[count++] = i;
            }
        }
        sorted = Arrays.copyOf(sorted, count);
        if (count > 32) {
            Integer[] boxed = Arrays.stream(sorted).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (i, j) -> log.compareTime(i, j)); // stable: equal instants keep input order
            return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        for (int n = 1; n < count; n++) {
            int i = sorted[n];
            int k = n;
            while (k > 0 && log.compareTime(sorted[k - 1], i) > 0) {
                sorted[k] = sorted[k - 1];
                k--;
            }
            sorted[k] = i;
        }
        return sorted;
    }

    private static Instant[] filled(int size) {
        Instant[] a = new Instant[size];
        Arrays.fill(a, NONE);
        return a;
    }

    private static Instant max(Instant a, Instant b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean holds(Instant end) {
        return end.isAfter(asOf);
    }

    private Instant at(int i) {
        return Instant.ofEpochSecond(log.seconds(i), log.nanos(i));
    }

    private Instant plus(int i, Period period) {
        if (!expiring || period == null) {
            return NEVER;
        }
        try {
            return LocalDateTime.ofEpochSecond(log.seconds(i), log.nanos(i), ZoneOffset.UTC).plus(period)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | ArithmeticException e) {
            return NEVER; // beyond the supported range of instants: never within any evaluation
        }
    }

    /** Attempts per assessment in time order: max-attempts, pass, validity; which attempts count. */
    private void gradeAttempts() {
        int na = cc.assessments.length;
        int[] failures = new int[na];
        int[] latest = new int[na];
        Arrays.fill(latest, -1);
        for (int i : attempts) {
            int a = log.index(i);
            if (cc.maxAttempts[a] > 0 && failures[a] >= cc.maxAttempts[a]) {
                ignored[i] = true;
                continue;
            }
            passed[i] = !log.underEscalated(i) && log.value(i) >= cc.passScore[a];
            failures[a] = passed[i] ? 0 : failures[a] + 1;
            expiry[i] = plus(i, cc.validFor[a]);
            if (holds(expiry[i])) {
                latest[a] = i;
                counted[i] = cc.curriculum.attainment() == Attainment.BEST;
                if (passed[i]) {
                    passEnd[a] = max(passEnd[a], expiry[i]);
                }
            }
        }
        if (cc.curriculum.attainment() == Attainment.LATEST) {
            for (int i : latest) {
                if (i >= 0) {
                    counted[i] = true;
                }
            }
        }
    }

    private void awardLevels() {
        for (int i : attempts) {
            if (!counted[i]) {
                continue;
            }
            int a = log.index(i);
            for (int m = 0; m < cc.measured[a].length; m++) {
                int rank = cc.award(a, m, log.value(i), passed[i], log.underEscalated(i));
                Instant[] ends = directEnd[cc.measured[a][m]];
                for (int k = 0; k <= rank; k++) {
                    ends[k] = max(ends[k], expiry[i]);
                }
            }
        }
    }

    private void rollUp() {
        for (int c : cc.rollUpOrder) {
            int levels = levelEnd[c].length;
            int[] kids = cc.children[c];
            for (int k = 0; k < levels; k++) {
                Instant children = NONE;
                if (kids.length > 0) {
                    children = NEVER;
                    for (int kid : kids) {
                        children = min(children, levelEnd[kid][k]);
                    }
                }
                childrenEnd[c][k] = children;
                levelEnd[c][k] = max(directEnd[c][k], children);
            }
        }
    }

    private void moduleCompletion() {
        for (int m = 0; m < moduleEnd.length; m++) {
            int[] own = cc.moduleAssessments[m];
            Instant end;
            if (own.length == 0) {
                end = NONE;
            } else {
                end = NEVER;
                for (int a : own) {
                    end = min(end, passEnd[a]);
                }
            }
            moduleEnd[m] = end;
        }
        for (int i : considered) {
            int kind = log.kind(i);
            if (kind == RecordLog.COMPLETION) {
                int m = log.index(i);
                moduleTouched[m] = true;
                if (cc.moduleAssessments[m].length == 0) {
                    moduleEnd[m] = NEVER;
                }
            } else if (kind == RecordLog.ATTEMPT) {
                int m = cc.moduleOf[log.index(i)];
                if (m >= 0) {
                    moduleTouched[m] = true;
                }
            }
        }
    }

    private void practice() {
        if (cc.practiceHours == null) {
            return;
        }
        List<Instant> ends = new ArrayList<>();
        List<BigDecimal> hours = new ArrayList<>();
        for (int i : considered) {
            if (log.kind(i) != RecordLog.PRACTICE) {
                continue;
            }
            Instant end = plus(i, cc.practiceWithin);
            if (holds(end)) {
                BigDecimal h = BigDecimal.valueOf(log.value(i));
                practiceRecorded = practiceRecorded.add(h);
                ends.add(end);
                hours.add(h);
            }
        }
        if (practiceRecorded.compareTo(cc.practiceHours) < 0) {
            practiceEnd = NONE;
            return;
        }
        Integer[] order = new Integer[ends.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparing(ends::get));
        BigDecimal remaining = practiceRecorded;
        for (int k = 0; k < order.length; k++) {
            Instant end = ends.get(order[k]);
            if (end.equals(NEVER)) {
                break;
            }
            remaining = remaining.subtract(hours.get(order[k]));
            boolean lastOfInstant = k + 1 == order.length || !ends.get(order[k + 1]).equals(end);
            if (lastOfInstant && remaining.compareTo(cc.practiceHours) < 0) {
                practiceEnd = end;
                return;
            }
        }
        practiceEnd = NEVER;
    }

    // ------------------------------------------------------------------ results

    private static Instant orNull(Instant end) {
        return end.equals(NEVER) || end.equals(NONE) ? null : end;
    }

    private String levelAt(int c, Instant[] ends) {
        for (int k = ends.length - 1; k >= 0; k--) {
            if (holds(ends[k])) {
                return cc.levels.get(c).get(k);
            }
        }
        return null;
    }

    private int rankAt(Instant[] ends) {
        for (int k = ends.length - 1; k >= 0; k--) {
            if (holds(ends[k])) {
                return k;
            }
        }
        return -1;
    }

    private boolean moduleCompleted(int m) {
        return holds(moduleEnd[m]);
    }

    /** {@return the instant the certification stops holding: NONE when it does not hold at asOf} */
    private Instant certificationEnd() {
        Instant end = practiceEnd;
        for (int m : cc.certModules) {
            end = min(end, moduleEnd[m]);
        }
        for (int r = 0; r < cc.certCompetencies.length; r++) {
            end = min(end, levelEnd[cc.certCompetencies[r]][cc.certRanks[r]]);
        }
        return end;
    }

    LearnerProgress result(LearnerId learner) {
        List<CompetencyResult> competencies = competencies();
        List<ModuleResult> modules = modules();
        CertificationResult certification = cc.hasCertification ? certification(modules) : null;
        List<AttemptResult> attemptResults = new ArrayList<>(attempts.length);
        List<LearnerWarning> warnings = new ArrayList<>();
        for (int i : attempts) {
            int a = log.index(i);
            AssessmentId id = cc.assessments[a].id();
            attemptResults.add(new AttemptResult(id, at(i), log.value(i), passed[i], log.underEscalated(i), ignored[i],
                    ignored[i] ? null : orNull(expiry[i]), !ignored[i] && holds(expiry[i])));
            if (ignored[i]) {
                warnings.add(new LearnerWarning(LearnerWarning.IGNORED_ATTEMPT, id, at(i), "attempt at assessment '"
                        + id + "' on " + at(i) + " was ignored: it follows " + cc.maxAttempts[a]
                        + " failed attempts since the last passing one (max-attempts: " + cc.maxAttempts[a] + ")"));
            }
        }
        return new LearnerProgress(learner, asOf, considered.length, competencies, modules, certification,
                attemptResults, warnings);
    }

    private List<CompetencyResult> competencies() {
        int nc = cc.competencyIds.length;
        List<List<Award>> awards = new ArrayList<>(nc);
        for (int c = 0; c < nc; c++) {
            awards.add(new ArrayList<>());
        }
        for (int i : attempts) {
            if (!counted[i]) {
                continue;
            }
            int a = log.index(i);
            for (int m = 0; m < cc.measured[a].length; m++) {
                int c = cc.measured[a][m];
                int rank = cc.award(a, m, log.value(i), passed[i], log.underEscalated(i));
                if (rank >= 0) {
                    awards.get(c).add(new Award(cc.assessments[a].id(), at(i), cc.levels.get(c).get(rank),
                            orNull(expiry[i])));
                }
            }
        }
        List<CompetencyResult> results = new ArrayList<>(nc);
        for (int c = 0; c < nc; c++) {
            int rank = rankAt(levelEnd[c]);
            String level = rank < 0 ? null : cc.levels.get(c).get(rank);
            Instant validUntil = rank < 0 ? null : orNull(levelEnd[c][rank]);
            results.add(new CompetencyResult(cc.competencyIds[c], level, validUntil, levelAt(c, directEnd[c]),
                    cc.children[c].length == 0 ? null : levelAt(c, childrenEnd[c]), awards.get(c)));
        }
        return results;
    }

    private List<ModuleResult> modules() {
        int nm = cc.moduleIds.length;
        List<ModuleResult> results = new ArrayList<>(nm);
        for (int m = 0; m < nm; m++) {
            List<AssessmentId> pending = new ArrayList<>();
            for (int a : cc.moduleAssessments[m]) {
                if (!holds(passEnd[a])) {
                    pending.add(cc.assessments[a].id());
                }
            }
            List<dev.tandem.training.ModuleId> unmet = new ArrayList<>();
            for (int r : cc.requires[m]) {
                if (!moduleCompleted(r)) {
                    unmet.add(cc.moduleIds[r]);
                }
            }
            ModuleStatus status;
            if (moduleCompleted(m)) {
                status = ModuleStatus.COMPLETED;
            } else if (!unmet.isEmpty()) {
                status = ModuleStatus.LOCKED;
            } else if (moduleTouched[m]) {
                status = ModuleStatus.IN_PROGRESS;
            } else {
                status = ModuleStatus.NOT_STARTED;
            }
            results.add(new ModuleResult(cc.moduleIds[m], status, orNull(moduleEnd[m]), pending, unmet));
        }
        return results;
    }

    private CertificationResult certification(List<ModuleResult> modules) {
        Instant end = certificationEnd();
        Double recorded = cc.practiceHours == null ? null : practiceRecorded.doubleValue();
        if (holds(end)) {
            return new CertificationResult(CertificationStatus.CERTIFIED, orNull(end), List.of(), recorded);
        }
        List<Missing> missing = new ArrayList<>();
        for (int m : cc.certModules) {
            if (!moduleCompleted(m)) {
                missing.add(new Missing.Module(cc.moduleIds[m], modules.get(m).status()));
            }
        }
        for (int r = 0; r < cc.certCompetencies.length; r++) {
            int c = cc.certCompetencies[r];
            if (!holds(levelEnd[c][cc.certRanks[r]])) {
                missing.add(new Missing.Competency(cc.competencyIds[c], cc.certLevels[r], levelAt(c, levelEnd[c])));
            }
        }
        if (!holds(practiceEnd)) {
            missing.add(new Missing.Practice(cc.practiceHours.doubleValue(), recorded));
        }
        CertificationStatus status;
        if (considered.length > 0 && holds(new LearnerEvaluation(cc, log, asOf, false).certificationEnd())) {
            status = CertificationStatus.LAPSED;
        } else if (considered.length > 0) {
            status = CertificationStatus.IN_PROGRESS;
        } else {
            status = CertificationStatus.NOT_STARTED;
        }
        return new CertificationResult(status, null, missing, recorded);
    }
}
