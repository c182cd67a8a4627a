package dev.tandem.progress;

import static dev.tandem.progress.LearnerEvaluation.NEVER;
import static dev.tandem.progress.LearnerEvaluation.NONE;

import dev.tandem.competency.Attainment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

/**
 * The attainment methods of FORMAT 13.1 other than {@code best} and {@code latest}, and the roll-up of 13.2
 * when levels can rise as time passes or roll up by points: levels as step functions of time, evaluated at
 * the evaluation instant and at every later instant at which a valid attempt expires (nothing else changes
 * a level without new evidence), and each end taken as the first of those instants at which the level
 * drops. Arithmetic is exact: fractions, means and decaying averages are compared in score units, as
 * multiples of {@code max-score}, without dividing. Package-private; stateless.
 */
final class Profiles {

    private Profiles() {
    }

    /** Fills the direct ends (and, for averages, the direct profiles) of competencies under 13.1's methods. */
    static void directLevels(LearnerEvaluation e) {
        CompiledCurriculum cc = e.cc;
        for (int c = 0; c < cc.competencyIds.length; c++) {
            Attainment method = cc.attainment[c];
            if (method instanceof Attainment.NMastery n) {
                nMastery(e, c, n.n());
            } else if (!method.monotoneInTime()) {
                Instant[] b = e.breakpoints();
                int[] profile = new int[b.length];
                for (int j = 0; j < b.length; j++) {
                    profile[j] = averaged(e, c, b[j], method);
                }
                e.directProfile[c] = profile;
                for (int k = 0; k < e.directEnd[c].length; k++) {
                    e.directEnd[c][k] = firstDrop(b, profile, k);
                }
            }
        }
    }

    /**
     * n-mastery: level k holds at t while at least n valid attempts that each award at least k are valid at t,
     * that is until the n-th latest of their expiries.
     */
    private static void nMastery(LearnerEvaluation e, int c, int n) {
        CompiledCurriculum cc = e.cc;
        Instant[] expiries = new Instant[e.attempts.length];
        int[] ranks = new int[e.attempts.length];
        int count = 0;
        for (int i : e.attempts) {
            if (!e.valid[i]) {
                continue;
            }
            int rank = cc.awardTo(e.log, i, c, e.passed[i], true);
            if (rank >= 0) {
                expiries[count] = e.expiry[i];
                ranks[count++] = rank;
            }
        }
        Instant[] qualifying = new Instant[count];
        for (int k = 0; k < e.directEnd[c].length; k++) {
            int q = 0;
            for (int p = 0; p < count; p++) {
                if (ranks[p] >= k) {
                    qualifying[q++] = expiries[p];
                }
            }
            if (q >= n) {
                Arrays.sort(qualifying, 0, q);
                e.directEnd[c][k] = qualifying[q - n]; // the n-th latest
            } else {
                e.directEnd[c][k] = NONE;
            }
        }
    }

    /**
     * {@return the direct level rank of competency c at t under an average: per assessment that measures it,
     * the mean or decaying average of its attempts valid at t awards as one attempt would; the highest}
     */
    private static int averaged(LearnerEvaluation e, int c, Instant t, Attainment method) {
        CompiledCurriculum cc = e.cc;
        BigDecimal weight = method instanceof Attainment.DecayingAverage d ? d.weight() : null;
        int best = -1;
        for (int a = 0; a < cc.measured.length; a++) {
            for (int m = 0; m < cc.measured[a].length; m++) {
                if (cc.measured[a][m] != c) {
                    continue;
                }
                BigDecimal result = null;
                int count = 0;
                for (int i : e.attempts) {
                    if (e.log.index(i) != a || !e.valid[i] || !e.expiry[i].isAfter(t)) {
                        continue;
                    }
                    // a scenario attempt that fails whatever its score (under-escalation) has fraction 0
                    BigDecimal score = e.log.underEscalated(i) ? BigDecimal.ZERO : BigDecimal.valueOf(e.log.value(i));
                    if (weight == null) {
                        result = result == null ? score : result.add(score);
                    } else {
                        result = result == null ? score
                                : BigDecimal.ONE.subtract(weight).multiply(result).add(weight.multiply(score));
                    }
                    count++;
                }
                if (count > 0) {
                    BigDecimal divisor = weight == null ? BigDecimal.valueOf(count) : BigDecimal.ONE;
                    best = Math.max(best, cc.awardResult(a, m, result, divisor));
                }
            }
        }
        return best;
    }

    /** Rolls up every competency over the breakpoints, children before parents, under its roll-up rule. */
    static void rollUp(LearnerEvaluation e) {
        CompiledCurriculum cc = e.cc;
        Instant[] b = e.breakpoints();
        int[][] profile = new int[cc.competencyIds.length][];
        for (int c : cc.rollUpOrder) {
            int[] direct = e.directProfile[c] != null ? e.directProfile[c] : fromEnds(b, e.directEnd[c]);
            int[] kids = cc.children[c];
            if (kids.length == 0) {
                profile[c] = direct; // and its levelEnd is its directEnd
                continue;
            }
            int[] children = new int[b.length];
            int[] level = new int[b.length];
            int[] ranks = new int[kids.length];
            for (int j = 0; j < b.length; j++) {
                for (int q = 0; q < kids.length; q++) {
                    ranks[q] = profile[kids[q]][j];
                }
                children[j] = cc.rollup[c].childrenRank(cc.childIds.get(c), ranks);
                level[j] = Math.max(direct[j], children[j]);
            }
            profile[c] = level;
            for (int k = 0; k < e.levelEnd[c].length; k++) {
                e.childrenEnd[c][k] = firstDrop(b, children, k);
                e.levelEnd[c][k] = firstDrop(b, level, k);
            }
        }
    }

    /** {@return the level rank at each breakpoint of a level that can only fall, from its ends} */
    private static int[] fromEnds(Instant[] b, Instant[] ends) {
        int[] profile = new int[b.length];
        for (int j = 0; j < b.length; j++) {
            int rank = -1;
            for (int k = ends.length - 1; k >= 0; k--) {
                if (ends[k].isAfter(b[j])) {
                    rank = k;
                    break;
                }
            }
            profile[j] = rank;
        }
        return profile;
    }

    /** {@return the first breakpoint at which the level falls below rank k: NONE when it is below at the first} */
    private static Instant firstDrop(Instant[] b, int[] profile, int k) {
        if (profile[0] < k) {
            return NONE;
        }
        for (int j = 1; j < b.length; j++) {
            if (profile[j] < k) {
                return b[j];
            }
        }
        return NEVER;
    }
}
