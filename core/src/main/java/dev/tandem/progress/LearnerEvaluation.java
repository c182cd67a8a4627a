package dev.tandem.progress;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.evidence.LearnerId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of one learner's compact records at one instant: the rules of FORMAT sections 6 and 13.
 *
 * <p>Every requirement is computed as the instant at which it stops holding with no new evidence (an
 * exclusive end): {@link #NEVER} when it never does, {@link #NONE} when it does not hold at {@code asOf}.
 * Under {@code best}, {@code latest} and {@code n-mastery}, levels, module completion and practice hours can
 * only fall as time passes without new evidence (attempts and practice records only expire, and a later
 * attempt of an assessment never expires before an earlier one), so "holds at t" is always "t before its
 * end", and roll-ups combine ends with max and min. An average can rise when a low attempt expires, and a
 * points roll-up is no minimum; when a document uses either, levels are evaluated at every instant an attempt
 * expires (a step function, {@link Profiles}) and each end is the first instant the level drops.
 * Package-private; one instance per evaluation, confined to one thread.
 */
final class LearnerEvaluation {

    static final Instant NEVER = Instant.MAX;
    static final Instant NONE = Instant.MIN;
    private static final long SECONDS_PER_DAY = 86_400;

    final CompiledCurriculum cc;
    final RecordLog log;
    final Instant asOf;
    private final boolean expiring;

    /** indices of the records at or before asOf, in input order. */
    private final int[] considered;
    /** attempts at or before asOf, in time order (ties: input order). */
    final int[] attempts;

    // per record index
    private final boolean[] ignored;
    final boolean[] passed;
    final Instant[] expiry;
    /** per record: a valid attempt at asOf (not ignored, not expired). */
    final boolean[] valid;
    /** per record: the most recent valid attempt of its assessment at asOf. */
    private final boolean[] latestValid;

    /** per assessment: the end of its latest valid passing attempt (NONE when none). */
    private final Instant[] passEnd;
    /** per competency and level rank: when the direct level stops being at least that rank. */
    final Instant[][] directEnd;
    /** per competency and level rank: when the level (with roll-up) stops being at least that rank; for a
     * competency without children, the same array as its {@link #directEnd}. */
    final Instant[][] levelEnd;
    /** per competency with children and level rank: when the minimum over children stops being at least that
     * rank; null for a competency without children. */
    final Instant[][] childrenEnd;
    /** per module: when it stops being completed. */
    private final Instant[] moduleEnd;
    private final boolean[] moduleTouched;

    private double practiceRecorded;
    private Instant practiceEnd = NEVER;
    /** true when an attempt not ignored or a practice record counted by the certification expired by asOf. */
    private boolean expired;
    /** whether the certification would hold at asOf if nothing expired: null until asked. */
    private Boolean certifiedIfNothingExpired;
    /** the instants of the level profiles: asOf, then every later expiry of a valid attempt; lazily built. */
    private Instant[] breakpoints;
    /** per competency: its direct level at each breakpoint, for the averages; null for the others. */
    final int[][] directProfile;

    LearnerEvaluation(CompiledCurriculum cc, RecordLog log, Instant asOf) {
        this(cc, log, asOf, null);
    }

    /**
     * Evaluates at asOf; with {@code graded}, the evaluation of the same records at the same instant as if
     * nothing expired (no {@code valid-for}, no {@code within}), taking the records considered, the attempts
     * and their grading from it: which attempts are ignored and which pass does not depend on expiry.
     */
    private LearnerEvaluation(CompiledCurriculum cc, RecordLog log, Instant asOf, LearnerEvaluation graded) {
        this.cc = cc;
        this.log = log;
        this.asOf = asOf;
        this.expiring = graded == null;
        int n = log.size();
        expiry = new Instant[n];
        if (graded == null) {
            considered = considered(log, asOf);
            attempts = attemptsInTimeOrder();
            ignored = new boolean[n];
            passed = new boolean[n];
            grade(cc, log, attempts, ignored, passed, expiry);
        } else {
            considered = graded.considered;
            attempts = graded.attempts;
            ignored = graded.ignored;
            passed = graded.passed;
            for (int i : attempts) {
                if (!ignored[i]) {
                    expiry[i] = NEVER;
                }
            }
        }
        valid = new boolean[n];
        latestValid = new boolean[n];
        passEnd = new Instant[cc.assessments.length];
        Arrays.fill(passEnd, NONE);
        int nc = cc.competencyIds.length;
        directEnd = new Instant[nc][];
        levelEnd = new Instant[nc][];
        childrenEnd = new Instant[nc][];
        for (int c = 0; c < nc; c++) {
            int levels = cc.levels.get(c).size();
            directEnd[c] = filled(levels);
            if (cc.children[c].length > 0) {
                levelEnd[c] = filled(levels);
                childrenEnd[c] = filled(levels);
            } else {
                levelEnd[c] = directEnd[c]; // a competency without children has its direct level
            }
        }
        moduleEnd = new Instant[cc.moduleIds.length];
        moduleTouched = new boolean[cc.moduleIds.length];
        directProfile = new int[nc][];
        gradeAttempts();
        awardLevels();
        Profiles.directLevels(this);
        if (cc.profiled) {
            Profiles.rollUp(this);
        } else {
            rollUp();
        }
        moduleCompletion();
        practice();
    }

    /** {@return the indices of the records at or before asOf, in input order} */
    private static int[] considered(RecordLog log, Instant asOf) {
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
        return count == n ? sel : Arrays.copyOf(sel, count);
    }

    /** {@return the considered attempts in time order, ties in input order} */
    private int[] attemptsInTimeOrder() {
        int[] selected = new int[considered.length];
        int count = 0;
        for (int i : considered) {
            if (log.kind(i) == RecordLog.ATTEMPT) {
                selected[count++] = i;
            }
        }
        return log.inTimeOrder(Arrays.copyOf(selected, count));
    }

    private static Instant[] filled(int size) {
        Instant[] a = new Instant[size];
        Arrays.fill(a, NONE);
        return a;
    }

    static Instant max(Instant a, Instant b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * {@return the instants at which levels are evaluated when they can rise or roll up by points: asOf, then
     * every later instant at which a valid attempt expires, ascending}
     */
    Instant[] breakpoints() {
        if (breakpoints == null) {
            Instant[] all = new Instant[attempts.length];
            int count = 0;
            for (int i : attempts) {
                if (valid[i] && !expiry[i].equals(NEVER)) {
                    all[count++] = expiry[i];
                }
            }
            Arrays.sort(all, 0, count);
            Instant[] distinct = new Instant[count + 1];
            distinct[0] = asOf;
            int size = 1;
            for (int k = 0; k < count; k++) {
                if (!all[k].equals(distinct[size - 1])) {
                    distinct[size++] = all[k];
                }
            }
            breakpoints = size == distinct.length ? distinct : Arrays.copyOf(distinct, size);
        }
        return breakpoints;
    }

    private boolean holds(Instant end) {
        return holds(end, asOf);
    }

    /** {@return true when something that ends at {@code end} still holds at {@code asOf}} */
    private static boolean holds(Instant end, Instant asOf) {
        return end.isAfter(asOf);
    }

    private Instant at(int i) {
        return at(log, i);
    }

    private static Instant at(RecordLog log, int i) {
        return Instant.ofEpochSecond(log.seconds(i), log.nanos(i));
    }

    private Instant plus(int i, DayShift shift) {
        return expiring ? plus(log, i, shift) : NEVER;
    }

    /** {@return the instant of record i plus a period: NEVER without one or beyond the range of instants} */
    static Instant plus(RecordLog log, int i, DayShift shift) {
        return shift == null ? NEVER : shift.plus(log.seconds(i), log.nanos(i));
    }

    /** {@return t plus a period, as {@link #plus(Instant, Period)}; NEVER without one} */
    static Instant plus(Instant t, DayShift shift) {
        return shift == null ? NEVER : shift.plus(t);
    }

    /** {@return t plus a period, with java.time's arithmetic in UTC; NEVER beyond the range of instants} */
    static Instant plus(Instant t, Period period) {
        return plus(t.getEpochSecond(), t.getNano(), period);
    }

    /**
     * {@return an instant plus a period, as {@code LocalDateTime.ofEpochSecond(...).plus(period)} in UTC computes
     * it (a period moves the date; the time of day stays), without the date-time in between; NEVER beyond the
     * range of instants}
     */
    static Instant plus(long epochSecond, int nano, Period period) {
        long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        long secondOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY);
        try {
            return Instant.ofEpochSecond(LocalDate.ofEpochDay(day).plus(period).toEpochDay() * SECONDS_PER_DAY
                    + secondOfDay, nano);
        } catch (DateTimeException | ArithmeticException e) {
            return NEVER; // beyond the supported range of instants: never within any evaluation
        }
    }

    /** {@return t minus a period, with java.time's arithmetic in UTC; null beyond the range of instants} */
    static Instant minus(Instant t, Period period) {
        try {
            return LocalDateTime.ofInstant(t, ZoneOffset.UTC).minus(period).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** Attempts per assessment in time order, graded: validity at asOf; which attempts count. */
    private void gradeAttempts() {
        int[] latest = new int[cc.assessments.length];
        Arrays.fill(latest, -1);
        for (int i : attempts) {
            if (ignored[i]) {
                continue;
            }
            if (!holds(expiry[i])) {
                expired = true;
                continue;
            }
            int a = log.index(i);
            latest[a] = i;
            valid[i] = true;
            if (passed[i]) {
                passEnd[a] = max(passEnd[a], expiry[i]);
            }
        }
        for (int i : latest) {
            if (i >= 0) {
                latestValid[i] = true;
            }
        }
    }

    /**
     * Grades attempts given in time order (FORMAT 6.2), whatever the evaluation instant: which are ignored
     * under {@code max-attempts} (expired attempts count there too), which pass, and when each not ignored
     * expires ({@link #NEVER} without {@code valid-for}). Fills the arrays, which are indexed by record.
     */
    static void grade(CompiledCurriculum cc, RecordLog log, int[] attempts, boolean[] ignored, boolean[] passed,
            Instant[] expiry) {
        int[] failures = new int[cc.assessments.length];
        for (int i : attempts) {
            int a = log.index(i);
            if (cc.maxAttempts[a] > 0 && failures[a] >= cc.maxAttempts[a]) {
                ignored[i] = true;
                continue;
            }
            passed[i] = !log.underEscalated(i) && log.value(i) >= cc.passScore[a];
            failures[a] = passed[i] ? 0 : failures[a] + 1;
            expiry[i] = plus(log, i, cc.validFor[a]);
        }
    }

    /** {@return true when attempt i counts for competency c under its method at asOf (FORMAT 6.3, 13.1)} */
    private boolean counts(int i, int c) {
        return counts(cc, valid, latestValid, i, c);
    }

    /** {@return true when attempt i counts for competency c, given which attempts are valid and latest} */
    private static boolean counts(CompiledCurriculum cc, boolean[] valid, boolean[] latestValid, int i, int c) {
        return cc.attainment[c].method() == Attainment.Method.LATEST ? latestValid[i] : valid[i];
    }

    /** {@return what attempt i awards on its own to its m-th measured competency c (6.3)} */
    private static int award(CompiledCurriculum cc, RecordLog log, boolean[] passed, int i, int m, int c) {
        Attainment.Method method = cc.attainment[c].method();
        boolean exact = method != Attainment.Method.BEST && method != Attainment.Method.LATEST;
        return cc.award(log, i, m, passed[i], exact);
    }

    /** Direct levels under {@code best} and {@code latest}; the other methods are {@link Profiles}' work. */
    private void awardLevels() {
        for (int i : attempts) {
            if (!valid[i]) {
                continue;
            }
            int a = log.index(i);
            for (int m = 0; m < cc.measured[a].length; m++) {
                int c = cc.measured[a][m];
                Attainment.Method method = cc.attainment[c].method();
                if (method != Attainment.Method.BEST && method != Attainment.Method.LATEST || !counts(i, c)) {
                    continue;
                }
                int rank = cc.award(a, m, log.value(i), passed[i], log.underEscalated(i));
                Instant[] ends = directEnd[c];
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
            if (kids.length == 0) {
                continue; // its level is its direct level
            }
            for (int k = 0; k < levels; k++) {
                Instant children = NEVER;
                for (int kid : kids) {
                    children = min(children, levelEnd[kid][k]);
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
        CountedHours hours = new CountedHours();
        for (int i : considered) {
            if (log.kind(i) != RecordLog.PRACTICE) {
                continue;
            }
            Instant end = plus(i, cc.practiceWithin);
            if (holds(end)) {
                hours.add(end, log.value(i));
            } else {
                expired = true;
            }
        }
        practiceRecorded = hours.totalHours();
        practiceEnd = hours.end(cc.practiceRequired, NONE, NEVER);
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

    /**
     * {@return the list's elements in an unmodifiable list that {@link List#copyOf} returns as it is, so that
     * the results' defensive copies cost nothing; without copying for the usual none, one or two}
     */
    static <T> List<T> frozen(List<T> list) {
        return switch (list.size()) {
            case 0 -> List.of();
            case 1 -> List.of(list.get(0));
            case 2 -> List.of(list.get(0), list.get(1));
            default -> List.copyOf(list);
        };
    }


    /** {@return the list, null for none, as {@link #frozen}} */
    private static <T> List<T> frozenOrEmpty(List<T> list) {
        return list == null ? List.of() : frozen(list);
    }

    /** {@return the list, created when null, with the element added} */
    private static <T> List<T> added(List<T> list, T element) {
        List<T> to = list == null ? new ArrayList<>(4) : list;
        to.add(element);
        return to;
    }

    LearnerProgress result(LearnerId learner) {
        // what explains the levels and the grading is worked out when someone reads it: writing levels needs none
        Explanations explanations = attempts.length == 0 ? null : new Explanations(this);
        List<CompetencyResult> competencies = competencies(explanations);
        List<ModuleResult> modules = modules();
        CertificationResult certification = cc.hasCertification ? certification(modules) : null;
        List<LearnerWarning> warnings = null;
        for (int i : attempts) {
            if (ignored[i]) {
                int a = log.index(i);
                AssessmentId id = cc.assessments[a].id();
                Instant at = at(i);
                warnings = added(warnings, new LearnerWarning(LearnerWarning.IGNORED_ATTEMPT, id, at,
                        "attempt at assessment '" + id + "' on " + at + " was ignored: it follows "
                        + cc.maxAttempts[a] + " failed attempts since the last passing one (max-attempts: "
                        + cc.maxAttempts[a] + ")"));
            }
        }
        List<AttemptResult> attemptResults = explanations == null ? List.of()
                : new LazyList<>(explanations::attempts);
        return new LearnerProgress(learner, asOf, considered.length, competencies, modules, certification,
                attemptResults, frozenOrEmpty(warnings));
    }

    /** {@return a result per competency, in document order; awards from the explanations, none without} */
    private List<CompetencyResult> competencies(Explanations explanations) {
        int nc = cc.competencyIds.length;
        CompetencyResult[] results = new CompetencyResult[nc];
        for (int c = 0; c < nc; c++) {
            int rank = rankAt(levelEnd[c]);
            String level = rank < 0 ? null : cc.levels.get(c).get(rank);
            Instant validUntil = rank < 0 ? null : orNull(levelEnd[c][rank]);
            boolean parent = cc.children[c].length > 0;
            results[c] = new CompetencyResult(cc.competencyIds[c], level, validUntil, levelAt(c, directEnd[c]),
                    parent ? levelAt(c, childrenEnd[c]) : null, explanations == null ? List.of()
                    : explanations.awardsTo(c), cc.attainment[c], parent ? cc.rollup[c] : null);
        }
        return List.of(results);
    }

    /**
     * What a learner's result explains beyond its levels and statuses (the awards to each competency, the
     * attempts and how each was graded), worked out when first read from the evaluation's arrays, which no
     * longer change: it holds those arrays and not the evaluation, so that a result kept unread keeps little.
     */
    private static final class Explanations {
        private final CompiledCurriculum cc;
        private final RecordLog log;
        private final Instant asOf;
        private final int[] attempts;
        private final boolean[] valid;
        private final boolean[] latestValid;
        private final boolean[] passed;
        private final boolean[] ignored;
        private final Instant[] expiry;

        Explanations(LearnerEvaluation e) {
            this.cc = e.cc;
            this.log = e.log;
            this.asOf = e.asOf;
            this.attempts = e.attempts;
            this.valid = e.valid;
            this.latestValid = e.latestValid;
            this.passed = e.passed;
            this.ignored = e.ignored;
            this.expiry = e.expiry;
        }

        /** {@return the awards to competency c that count at the instant, in time order, when first read} */
        List<Award> awardsTo(int c) {
            return new LazyList<>(() -> awards(c));
        }

        private List<Award> awards(int c) {
            List<Award> out = new ArrayList<>();
            for (int i : attempts) {
                if (!valid[i]) {
                    continue;
                }
                int a = log.index(i);
                int[] measured = cc.measured[a];
                for (int m = 0; m < measured.length; m++) {
                    if (measured[m] != c || !counts(cc, valid, latestValid, i, c)) {
                        continue;
                    }
                    int rank = award(cc, log, passed, i, m, c);
                    if (rank >= 0) {
                        out.add(new Award(cc.assessments[a].id(), at(log, i), cc.levels.get(c).get(rank),
                                orNull(expiry[i])));
                    }
                }
            }
            return out;
        }

        /** {@return the attempts at or before the instant and how each was graded, in time order} */
        List<AttemptResult> attempts() {
            AttemptResult[] results = new AttemptResult[attempts.length];
            for (int k = 0; k < attempts.length; k++) {
                int i = attempts[k];
                boolean counted = !ignored[i];
                results[k] = new AttemptResult(cc.assessments[log.index(i)].id(), at(log, i), log.value(i),
                        passed[i], log.underEscalated(i), ignored[i], counted ? orNull(expiry[i]) : null,
                        counted && holds(expiry[i], asOf));
            }
            return List.of(results);
        }
    }

    private List<ModuleResult> modules() {
        int nm = cc.moduleIds.length;
        ModuleResult[] results = new ModuleResult[nm];
        for (int m = 0; m < nm; m++) {
            List<AssessmentId> pending = null;
            for (int a : cc.moduleAssessments[m]) {
                if (!holds(passEnd[a])) {
                    pending = added(pending, cc.assessments[a].id());
                }
            }
            List<dev.tandem.training.ModuleId> unmet = null;
            for (int r : cc.requires[m]) {
                if (!moduleCompleted(r)) {
                    unmet = added(unmet, cc.moduleIds[r]);
                }
            }
            ModuleStatus status;
            if (moduleCompleted(m)) {
                status = ModuleStatus.COMPLETED;
            } else if (unmet != null) {
                status = ModuleStatus.LOCKED;
            } else if (moduleTouched[m]) {
                status = ModuleStatus.IN_PROGRESS;
            } else {
                status = ModuleStatus.NOT_STARTED;
            }
            results[m] = new ModuleResult(cc.moduleIds[m], status, orNull(moduleEnd[m]), frozenOrEmpty(pending),
                    frozenOrEmpty(unmet));
        }
        return List.of(results);
    }

    private CertificationResult certification(List<ModuleResult> modules) {
        Instant end = certificationEnd();
        Double recorded = cc.practiceHours == null ? null : practiceRecorded;
        if (cc.educationHours == null) {
            return certification(modules, end, NEVER, recorded, null);
        }
        Education education = new Education();
        Instant educationEnd = education.hoursEnd;
        if (!holds(educationEnd)) {
            // too few hours now: the requirement holds only before t0 + within (FORMAT 13.3); when levels only rise
            // with evidence, a learner not certified even if nothing had expired never was: there is no t0
            Instant t0 = !holds(end) && cc.evidenceMonotone && !certifiedIfNothingExpired() ? null : firstCertified();
            educationEnd = t0 == null ? NEVER : plus(t0, cc.educationWithin);
            if (!holds(educationEnd)) {
                educationEnd = NONE;
            }
        } else if (holds(end) && educationEnd.isBefore(end)) {
            // enough hours now, but they expire first: the first period may outlast them
            educationEnd = max(educationEnd, plus(firstCertified(), cc.educationWithin));
        }
        return certification(modules, end, educationEnd, recorded, education);
    }

    private CertificationResult certification(List<ModuleResult> modules, Instant end, Instant educationEnd,
            Double recorded, Education education) {
        EducationHours hours = education == null ? null : education.hours();
        Instant all = min(end, educationEnd);
        if (holds(all)) {
            return new CertificationResult(CertificationStatus.CERTIFIED, orNull(all), List.of(), recorded, hours,
                    renewal(orNull(all)));
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
        if (!holds(educationEnd)) {
            education.missing(missing);
        }
        missing = frozen(missing);
        CertificationStatus status;
        if (considered.length > 0 && certifiedIfNothingExpired()) {
            status = CertificationStatus.LAPSED;
        } else if (considered.length > 0) {
            status = CertificationStatus.IN_PROGRESS;
        } else {
            status = CertificationStatus.NOT_STARTED;
        }
        return new CertificationResult(status, null, missing, recorded, hours, null);
    }

    /**
     * {@return true when the requirements of FORMAT 6.5 other than continuing education would hold at asOf if
     * nothing expired (no {@code valid-for}, no {@code within}; education hours never expire and the first
     * period never ends): what tells lapsed from in progress} When no attempt and no practice record has
     * expired by asOf, that is whether they hold now: what counts at asOf is then what would count without
     * expiry. Otherwise the records are evaluated again without expiry, reusing this evaluation's grading.
     */
    private boolean certifiedIfNothingExpired() {
        if (certifiedIfNothingExpired == null) {
            certifiedIfNothingExpired = holds(expired ? new LearnerEvaluation(cc, log, asOf, this).certificationEnd()
                    : certificationEnd());
        }
        return certifiedIfNothingExpired;
    }

    /** {@return when renewal is due for a certified learner, or null without a renewal block} */
    private RenewalDue renewal(Instant expiresAt) {
        if (!cc.hasRenewal) {
            return null;
        }
        Instant dueFrom = expiresAt == null || cc.renewalWindow == null ? null : minus(expiresAt, cc.renewalWindow);
        return new RenewalDue(dueFrom, dueFrom != null && !asOf.isBefore(dueFrom));
    }

    /**
     * {@return t0 of FORMAT 13.3: the first instant at or before asOf at which, counting only the evidence up
     * to it, the requirements of 6.5 hold; null when there is none} Found in one sweep over the learner's
     * breakpoints ({@link CertificationTimeline}).
     */
    private Instant firstCertified() {
        return CertificationTimeline.sweep(cc, log, asOf).t0();
    }

    /** The continuing-education hours counted at asOf, in total and per listed topic (FORMAT 13.3). */
    private final class Education {
        private final CountedHours total = new CountedHours();
        private final CountedHours[] topics = new CountedHours[cc.topics.length];
        /** when the hours fall short of the requirement, with no new records. */
        private final Instant hoursEnd;

        Education() {
            Arrays.setAll(topics, t -> new CountedHours());
            for (int i : considered) {
                if (log.kind(i) != RecordLog.EDUCATION) {
                    continue;
                }
                Instant end = plus(i, cc.educationWithin);
                if (holds(end)) {
                    total.add(end, log.value(i));
                    if (log.index(i) > 0) {
                        topics[log.index(i) - 1].add(end, log.value(i));
                    }
                }
            }
            Instant e = total.end(cc.educationRequired, NONE, NEVER);
            for (int t = 0; t < topics.length; t++) {
                e = min(e, topics[t].end(cc.topicRequired[t], NONE, NEVER));
            }
            hoursEnd = e;
        }

        EducationHours hours() {
            Map<TopicId, Double> byTopic = new LinkedHashMap<>();
            for (int t = 0; t < topics.length; t++) {
                byTopic.put(cc.topics[t], topics[t].totalHours());
            }
            return new EducationHours(total.totalHours(), byTopic);
        }

        /** Lists the total's entry when it falls short, then each topic that falls short, in document order. */
        void missing(List<Missing> missing) {
            if (total.below(cc.educationRequired)) {
                missing.add(new Missing.ContinuingEducation(null, cc.educationHours.doubleValue(),
                        total.totalHours()));
            }
            for (int t = 0; t < topics.length; t++) {
                if (topics[t].below(cc.topicRequired[t])) {
                    missing.add(new Missing.ContinuingEducation(cc.topics[t], cc.topicHours[t].doubleValue(),
                            topics[t].totalHours()));
                }
            }
        }
    }
}
