package dev.tandem.progress;

import dev.tandem.competency.Attainment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

/**
 * One learner's certification as time passes, in one sweep over the learner's breakpoints: at each instant
 * {@code t}, counting only the evidence up to {@code t}, is the learner certified (FORMAT 6.5, 13)?
 *
 * <p>Everything the certification depends on holds over half-open intervals: a record counts from its
 * {@code at}, an attempt while {@code at <= t < at + valid-for}, practice and education hours while
 * {@code at <= t < at + within}, the first period of continuing education while {@code t < t0 + within}. So
 * the answer is a step function of {@code t} that can change only at the <em>breakpoints</em>: the instants
 * of the records, the instants at which an attempt, practice or education record stops counting, and
 * {@code t0 + within}. Which attempts {@code max-attempts} ignores depends only on the earlier attempts, so it
 * is the same at every instant. The sweep visits the breakpoints up to the evaluation instant in order and
 * keeps what they change: per assessment the window of its valid attempts (attempts of one assessment
 * expire in their time order), per competency the valid awards by level (for {@code best} and
 * {@code n-mastery}) or the window's latest attempt, mean (exact prefix sums) or decaying average, the
 * passing attempts per assessment, the practice and education hours counted; after each breakpoint it
 * re-derives the levels that changed, and their ancestors, over the competencies the certification needs.
 * Nothing here assumes that requirements only stop holding as time passes: under {@code average} and
 * {@code decaying-average} a low attempt expiring raises a level, and certification can begin at that
 * instant.
 *
 * <p>Work: sorting the {@code b} breakpoints ({@code O(b log b)}), then for each change the measures of its
 * assessment and, when a level changes, its ancestors; a decaying average is recomputed over its window
 * (the attempts of that assessment valid at once), exactly, as FORMAT 13.1 asks. One evaluation at the
 * evaluation instant costs about as much as this whole sweep.
 *
 * <p>It yields the first instant of certification, the start of the stretch of certification that lasts
 * until the evaluation instant, and {@code t0} of FORMAT 13.3 (the first record instant, or under an
 * average or a points roll-up attempt expiry, at which the requirements of 6.5 hold). Package-private; one
 * instance per sweep, confined to one thread.
 */
final class CertificationTimeline {

    private static final int IN = 0;
    private static final int ATTEMPT_OUT = 1;
    private static final int PRACTICE_OUT = 2;
    private static final int EDUCATION_OUT = 3;
    private static final int TYPE_SHIFT = 29;
    private static final int RECORD_MASK = (1 << TYPE_SHIFT) - 1;

    private final CompiledCurriculum cc;
    private final RecordLog log;

    // attempts: grading, and per assessment its countable attempts (not ignored, a non-empty window) in time order
    private final boolean[] ignored;
    private final boolean[] passed;
    private final Instant[] expiry;
    private final int[][] queue;
    /** per assessment: the valid attempts at the current instant are queue[a][lo[a]] .. queue[a][hi[a] - 1]. */
    private final int[] lo;
    private final int[] hi;
    /** per assessment, for means: exact sums of the scores of its queue's first k attempts; built on demand. */
    private final BigDecimal[][] prefix;

    // competencies (only those the certification needs)
    private final int[][] awards;
    private final int[] direct;
    private final int[] level;
    private final boolean[] dirty;
    private final boolean[] stale;
    private boolean levelsChanged;
    private int unmetLevels;

    // modules, practice, education
    private final int[] passing;
    private final int[] moduleMissing;
    private int unmetModules;
    private BigDecimal practice = BigDecimal.ZERO;
    private BigDecimal education = BigDecimal.ZERO;
    private final BigDecimal[] topics;

    // results
    private Instant t0;
    private Instant first;
    private Instant since;
    private boolean certified;

    private CertificationTimeline(CompiledCurriculum cc, RecordLog log) {
        this.cc = cc;
        this.log = log;
        int n = log.size();
        ignored = new boolean[n];
        passed = new boolean[n];
        expiry = new Instant[n];
        int na = cc.assessments.length;
        queue = new int[na][];
        lo = new int[na];
        hi = new int[na];
        prefix = new BigDecimal[na][];
        int nc = cc.competencyIds.length;
        awards = new int[nc][];
        direct = new int[nc];
        level = new int[nc];
        Arrays.fill(direct, -1);
        Arrays.fill(level, -1);
        dirty = new boolean[nc];
        stale = new boolean[nc];
        for (int c : cc.certOrder) {
            Attainment.Method method = cc.attainment[c].method();
            if (method == Attainment.Method.BEST || method == Attainment.Method.N_MASTERY) {
                awards[c] = new int[cc.levels.get(c).size()];
            }
        }
        unmetLevels = cc.certCompetencies.length;
        passing = new int[na];
        moduleMissing = new int[cc.moduleIds.length];
        for (int m = 0; m < moduleMissing.length; m++) {
            moduleMissing[m] = Math.max(1, cc.moduleAssessments[m].length);
        }
        unmetModules = cc.certModules.length;
        topics = new BigDecimal[cc.topics.length];
        Arrays.fill(topics, BigDecimal.ZERO);
    }

    /**
     * Sweeps one learner's breakpoints up to an instant.
     *
     * @param cc   the curriculum, with a certification
     * @param log  the learner's records
     * @param asOf the evaluation instant: records after it are ignored
     * @return the sweep's results
     */
    static CertificationTimeline sweep(CompiledCurriculum cc, RecordLog log, Instant asOf) {
        CertificationTimeline timeline = new CertificationTimeline(cc, log);
        timeline.run(asOf);
        return timeline;
    }

    /** {@return true when the learner is certified at the evaluation instant} */
    boolean certified() {
        return certified;
    }

    /**
     * {@return the first instant at or before the evaluation instant at which, counting only the evidence up
     * to it, the learner is certified; the evaluation instant for a certification held with no evidence at
     * all (one without requirements) and no record; null when never}
     */
    Instant first() {
        return first;
    }

    /**
     * {@return the start of the certified stretch that lasts until the evaluation instant: null when not
     * certified then; the first record's instant for a certification held since before any evidence (one
     * without requirements), the evaluation instant when there is no record either}
     */
    Instant since() {
        return since;
    }

    /**
     * {@return t0 of FORMAT 13.3: the first instant at or before the evaluation instant that carries a record
     * (not an education record) or, when levels can rise or roll up by points, an attempt's expiry, at which
     * the requirements of 6.5 hold; null when there is none}
     */
    Instant t0() {
        return t0;
    }

    private void run(Instant asOf) {
        int[] events = events(asOf);
        Instant[] when = new Instant[events.length];
        for (int k = 0; k < events.length; k++) {
            when[k] = instantOf(events[k]);
        }
        Integer[] order = new Integer[events.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> when[x].compareTo(when[y])); // stable
        boolean before = holds(null, false); // with no evidence: only a certification without requirements
        boolean sinceTheStart = before;
        Instant firstBreakpoint = null;
        Instant runStart = null;
        Instant graceEnd = null; // t0 + within, once t0 is known
        boolean graceVisited = false;
        int k = 0;
        while (true) {
            Instant next = k < order.length ? when[order[k]] : null;
            boolean graceDue = graceEnd != null && !graceVisited && !graceEnd.isAfter(asOf)
                    && (next == null || graceEnd.isBefore(next));
            if (next == null && !graceDue) {
                break;
            }
            Instant t = graceDue ? graceEnd : next;
            boolean candidate = false;
            for (; !graceDue && k < order.length && when[order[k]].equals(t); k++) {
                candidate |= apply(events[order[k]]);
            }
            graceVisited |= t.equals(graceEnd);
            if (firstBreakpoint == null) {
                firstBreakpoint = t;
            }
            boolean now = holds(t, candidate);
            if (t0 != null && graceEnd == null && cc.educationHours != null) {
                graceEnd = LearnerEvaluation.plus(t0, cc.educationWithin);
            }
            now &= cc.educationHours == null || t0 == null || t.isBefore(graceEnd) || educationHolds();
            if (now && first == null) {
                first = t;
            }
            if (now && !before) {
                runStart = t;
                sinceTheStart = false;
            }
            before = now;
        }
        certified = before;
        if (certified) {
            since = !sinceTheStart ? runStart : firstBreakpoint == null ? asOf : firstBreakpoint;
            if (first == null) {
                first = asOf;
            }
        }
    }

    /**
     * {@return whether the requirements of 6.5 hold at t after the events at t (null: with no evidence at
     * all), recording t as t0 when it is the first candidate at which they do}; then education is the
     * caller's
     */
    private boolean holds(Instant t, boolean candidate) {
        if (levelsChanged) {
            rollUp();
        }
        boolean base = unmetModules == 0 && unmetLevels == 0
                && (cc.practiceHours == null || practice.compareTo(cc.practiceHours) >= 0);
        if (base && candidate && t0 == null) {
            t0 = t;
        }
        return base;
    }

    private boolean educationHolds() {
        if (cc.educationHours == null) {
            return true;
        }
        if (education.compareTo(cc.educationHours) < 0) {
            return false;
        }
        for (int k = 0; k < topics.length; k++) {
            if (topics[k].compareTo(cc.topicHours[k]) < 0) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ events

    private static int event(int type, int record) {
        return type << TYPE_SHIFT | record;
    }

    private Instant instantOf(int event) {
        int i = event & RECORD_MASK;
        return switch (event >>> TYPE_SHIFT) {
            case IN -> Instant.ofEpochSecond(log.seconds(i), log.nanos(i));
            case ATTEMPT_OUT -> expiry[i];
            case PRACTICE_OUT -> LearnerEvaluation.plus(log, i, cc.practiceWithin);
            default -> LearnerEvaluation.plus(log, i, cc.educationWithin);
        };
    }

    /** {@return the events up to asOf: every record's arrival, and the ends of what stops counting} */
    private int[] events(Instant asOf) {
        int n = log.size();
        long s = asOf.getEpochSecond();
        int ns = asOf.getNano();
        int[] considered = new int[n];
        int count = 0;
        int attempts = 0;
        for (int i = 0; i < n; i++) {
            if (log.atOrBefore(i, s, ns)) {
                considered[count++] = i;
                attempts += log.kind(i) == RecordLog.ATTEMPT ? 1 : 0;
            }
        }
        int[] timeOrdered = new int[attempts];
        int[] events = new int[2 * count];
        int e = 0;
        int q = 0;
        for (int k = 0; k < count; k++) {
            int i = considered[k];
            events[e++] = event(IN, i);
            int kind = log.kind(i);
            if (kind == RecordLog.ATTEMPT) {
                timeOrdered[q++] = i;
            } else if (kind == RecordLog.PRACTICE && cc.practiceHours != null) {
                e = end(events, e, PRACTICE_OUT, i, cc.practiceWithin, asOf);
            } else if (kind == RecordLog.EDUCATION && cc.educationHours != null) {
                e = end(events, e, EDUCATION_OUT, i, cc.educationWithin, asOf);
            }
        }
        log.inTimeOrder(timeOrdered);
        LearnerEvaluation.grade(cc, log, timeOrdered, ignored, passed, expiry);
        int[] sizes = new int[cc.assessments.length];
        for (int i : timeOrdered) {
            if (countable(i)) {
                sizes[log.index(i)]++;
                if (!expiry[i].isAfter(asOf)) {
                    events[e++] = event(ATTEMPT_OUT, i);
                }
            }
        }
        for (int a = 0; a < sizes.length; a++) {
            queue[a] = new int[sizes[a]];
        }
        Arrays.fill(sizes, 0);
        for (int i : timeOrdered) {
            if (countable(i)) {
                int a = log.index(i);
                queue[a][sizes[a]++] = i;
            }
        }
        return Arrays.copyOf(events, e);
    }

    /** {@return true for an attempt that counts at some instant: not ignored, valid for a while} */
    private boolean countable(int i) {
        return !ignored[i] && expiry[i].compareTo(Instant.ofEpochSecond(log.seconds(i), log.nanos(i))) > 0;
    }

    private int end(int[] events, int e, int type, int i, DayShift within, Instant asOf) {
        Instant end = LearnerEvaluation.plus(log, i, within);
        if (!end.isAfter(asOf) && end.compareTo(Instant.ofEpochSecond(log.seconds(i), log.nanos(i))) > 0) {
            events[e++] = event(type, i);
        }
        return e;
    }

    private boolean counts(int i, DayShift within) {
        return LearnerEvaluation.plus(log, i, within).compareTo(Instant.ofEpochSecond(log.seconds(i), log.nanos(i)))
                > 0;
    }

    /** {@return true when the event makes its instant a candidate for t0 (FORMAT 13.3)}; applies it */
    private boolean apply(int event) {
        int i = event & RECORD_MASK;
        int type = event >>> TYPE_SHIFT;
        int kind = log.kind(i);
        if (type == ATTEMPT_OUT) {
            attempt(i, -1);
            return cc.profiled;
        }
        BigDecimal hours = BigDecimal.valueOf(log.value(i));
        if (type == PRACTICE_OUT) {
            practice = practice.subtract(hours);
            return false;
        }
        if (type == EDUCATION_OUT) {
            education(i, hours.negate());
            return false;
        }
        if (kind == RecordLog.ATTEMPT) {
            if (countable(i)) {
                attempt(i, 1);
            }
        } else if (kind == RecordLog.COMPLETION) {
            int m = log.index(i);
            if (cc.moduleAssessments[m].length == 0 && moduleMissing[m] > 0) {
                module(m, -1);
            }
        } else if (kind == RecordLog.PRACTICE) {
            if (cc.practiceHours != null && counts(i, cc.practiceWithin)) {
                practice = practice.add(hours);
            }
        } else {
            if (cc.educationHours != null && counts(i, cc.educationWithin)) {
                education(i, hours);
            }
            return false;
        }
        return true;
    }

    private void education(int i, BigDecimal hours) {
        education = education.add(hours);
        int topic = log.index(i) - 1;
        if (topic >= 0) {
            topics[topic] = topics[topic].add(hours);
        }
    }

    private void module(int m, int change) {
        boolean was = moduleMissing[m] == 0;
        moduleMissing[m] += change;
        boolean is = moduleMissing[m] == 0;
        if (cc.certModule[m] && was != is) {
            unmetModules += is ? -1 : 1;
        }
    }

    /** An attempt starts (+1) or stops (-1) counting: the window of its assessment moves. */
    private void attempt(int i, int change) {
        int a = log.index(i);
        if (change > 0) {
            hi[a]++;
        } else {
            lo[a]++;
        }
        if (passed[i]) {
            passing[a] += change;
            int m = cc.moduleOf[a];
            if (m >= 0 && passing[a] == (change > 0 ? 1 : 0)) {
                module(m, -change);
            }
        }
        int[] measured = cc.measured[a];
        for (int m = 0; m < measured.length; m++) {
            int c = measured[m];
            if (awards[c] != null && firstMeasure(a, m)) {
                int rank = cc.awardTo(log, i, c, passed[i], cc.attainment[c].method() != Attainment.Method.BEST);
                if (rank >= 0) {
                    awards[c][rank] += change;
                }
            }
            dirty[c] = true;
            levelsChanged = true;
        }
    }

    /** {@return true when the m-th measure of assessment a is the first of a's measures of its competency} */
    private boolean firstMeasure(int a, int m) {
        for (int k = 0; k < m; k++) {
            if (cc.measured[a][k] == cc.measured[a][m]) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ levels

    /** Re-derives changed levels, children before parents, and counts the level requirements unmet. */
    private void rollUp() {
        levelsChanged = false;
        for (int c : cc.certOrder) {
            if (dirty[c]) {
                direct[c] = directLevel(c);
            }
            if (dirty[c] || stale[c]) {
                dirty[c] = false;
                stale[c] = false;
                int[] kids = cc.children[c];
                int rank = direct[c];
                if (kids.length > 0) {
                    int[] ranks = new int[kids.length];
                    for (int q = 0; q < kids.length; q++) {
                        ranks[q] = level[kids[q]];
                    }
                    rank = Math.max(rank, cc.rollup[c].childrenRank(cc.childIds.get(c), ranks));
                }
                if (rank != level[c]) {
                    level[c] = rank;
                    if (cc.parentOf[c] >= 0) {
                        stale[cc.parentOf[c]] = true;
                    }
                }
            }
        }
        int unmet = 0;
        for (int r = 0; r < cc.certCompetencies.length; r++) {
            if (level[cc.certCompetencies[r]] < cc.certRanks[r]) {
                unmet++;
            }
        }
        unmetLevels = unmet;
    }

    /** {@return the direct level rank of c now, under its attainment method (6.3, 13.1)} */
    private int directLevel(int c) {
        Attainment method = cc.attainment[c];
        if (method instanceof Attainment.Best) {
            return highest(awards[c], 1);
        }
        if (method instanceof Attainment.NMastery n) {
            return highest(awards[c], n.n());
        }
        int rank = -1;
        int[] as = cc.measuringAssessment[c];
        for (int p = 0; p < as.length; p++) {
            int a = as[p];
            int m = cc.measuringMeasure[c][p];
            if (hi[a] == lo[a]) {
                continue;
            }
            if (method instanceof Attainment.Latest) {
                int i = queue[a][hi[a] - 1];
                rank = Math.max(rank, cc.award(a, m, log.value(i), passed[i], log.underEscalated(i)));
            } else if (method instanceof Attainment.DecayingAverage d) {
                rank = Math.max(rank, cc.awardResult(a, m, decaying(a, d.weight()), BigDecimal.ONE));
            } else {
                BigDecimal[] sums = sums(a);
                rank = Math.max(rank, cc.awardResult(a, m, sums[hi[a]].subtract(sums[lo[a]]),
                        BigDecimal.valueOf(hi[a] - lo[a])));
            }
        }
        return rank;
    }

    /** {@return the highest rank awarded by at least n of the counted awards (each of a rank at least it)} */
    private static int highest(int[] byRank, int n) {
        int atLeast = 0;
        for (int k = byRank.length - 1; k >= 0; k--) {
            atLeast += byRank[k];
            if (atLeast >= n) {
                return k;
            }
        }
        return -1;
    }

    /** {@return an attempt's score for averages: 0 for a scenario attempt that under-escalates (13.1)} */
    private BigDecimal score(int i) {
        return log.underEscalated(i) ? BigDecimal.ZERO : BigDecimal.valueOf(log.value(i));
    }

    private BigDecimal[] sums(int a) {
        if (prefix[a] == null) {
            int[] q = queue[a];
            BigDecimal[] sums = new BigDecimal[q.length + 1];
            sums[0] = BigDecimal.ZERO;
            for (int k = 0; k < q.length; k++) {
                sums[k + 1] = sums[k].add(score(q[k]));
            }
            prefix[a] = sums;
        }
        return prefix[a];
    }

    /** {@return the decaying average of a's valid attempts in score units, exactly: d1 = f1, dk = (1 - w) d + w fk} */
    private BigDecimal decaying(int a, BigDecimal weight) {
        BigDecimal keep = BigDecimal.ONE.subtract(weight);
        BigDecimal d = score(queue[a][lo[a]]);
        for (int k = lo[a] + 1; k < hi[a]; k++) {
            d = keep.multiply(d).add(weight.multiply(score(queue[a][k])));
        }
        return d;
    }
}
