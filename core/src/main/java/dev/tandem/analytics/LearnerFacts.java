package dev.tandem.analytics;

import dev.tandem.progress.AttemptResult;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.ModuleResult;
import java.util.Arrays;

/** What one learner contributes to the counts of a report, without their id. Package-private. */
final class LearnerFacts {

    /** certification status ordinal, or -1 without certification. */
    int certification = -1;
    /** certified with a renewal that is due (FORMAT 13.3). */
    boolean renewalDue;
    /** whole days from first record to certification, or -1 when not certified. */
    long days = -1;
    /** per competency: 0 for no level, else level rank + 1. */
    final int[] levels;
    /** per module: status ordinal. */
    final int[] modules;
    /** per assessment: non-ignored attempts (0: none). */
    final int[] attempts;
    final boolean[] firstPassed;
    /** per assessment: attempts up to the first pass, 0 when never passed. */
    final int[] toPass;
    /** per assessment: the score bin (0..9) of the best score, -1 without attempts. */
    final int[] scoreBin;
    /** per flat vignette: -2 not counted, -1 missing, else the tier rank given. */
    final int[] given;

    private LearnerFacts(ReportShape s) {
        levels = new int[s.competencies.size()];
        modules = new int[s.modules.size()];
        int na = s.assessments.size();
        attempts = new int[na];
        firstPassed = new boolean[na];
        toPass = new int[na];
        scoreBin = new int[na];
        given = new int[s.vignettes.size()];
    }

    static LearnerFacts of(ReportShape s, CohortEvidence evidence, int learner, LearnerProgress p) {
        LearnerFacts f = new LearnerFacts(s);
        int c = 0;
        for (CompetencyResult r : p.competencies()) {
            f.levels[c] = r.level() == null ? 0 : s.levels.get(c).indexOf(r.level()) + 1;
            c++;
        }
        int m = 0;
        for (ModuleResult r : p.modules()) {
            f.modules[m++] = r.status().ordinal();
        }
        CertificationResult cert = p.certification();
        if (cert != null) {
            f.certification = cert.status().ordinal();
            f.renewalDue = cert.renewal() != null && cert.renewal().due();
        }
        int na = s.assessments.size();
        int[] seen = new int[na];
        int[] latest = new int[na];
        double[] best = new double[na];
        Arrays.fill(latest, -1);
        Arrays.fill(best, -1);
        for (AttemptResult r : p.attempts()) {
            int a = s.assessmentIndex.get(r.assessment());
            int k = seen[a]++;
            if (r.ignored()) {
                continue;
            }
            int n = ++f.attempts[a];
            if (n == 1) {
                f.firstPassed[a] = r.passed();
            }
            if (r.passed() && f.toPass[a] == 0) {
                f.toPass[a] = n;
            }
            best[a] = Math.max(best[a], r.score());
            latest[a] = k;
        }
        for (int a = 0; a < na; a++) {
            if (f.attempts[a] == 0) {
                f.scoreBin[a] = -1;
            } else {
                double fraction = best[a] / s.assessments.get(a).effectiveMaxScore();
                f.scoreBin[a] = (int) Math.max(0, Math.min(9, Math.floor(fraction * 10 + 1e-9)));
            }
        }
        Arrays.fill(f.given, -2);
        for (int sc = 0; sc < s.scenarioAssessment.length; sc++) {
            int a = s.scenarioAssessment[sc];
            if (latest[a] < 0) {
                continue;
            }
            short[] ranks = evidence.responses(learner, sc, latest[a], p.asOf());
            if (ranks == null) {
                throw new IllegalStateException("scenario attempt not found for report");
            }
            for (int v = 0; v < ranks.length; v++) {
                f.given[s.vignetteOffset[sc] + v] = ranks[v];
            }
        }
        return f;
    }
}
