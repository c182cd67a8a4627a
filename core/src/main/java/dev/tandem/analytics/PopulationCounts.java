package dev.tandem.analytics;

import java.util.Arrays;

/** The raw counts of one population of a report. Package-private; confined to one thread. */
final class PopulationCounts {

    static final int UNDER = 0;
    static final int MATCH = 1;
    static final int OVER = 2;
    static final int MISSING = 3;

    final ReportShape shape;
    int learners;
    final int[] certification = new int[4];
    /** certified learners whose renewal is due. */
    int renewalDue;
    int[] days = new int[16];
    int certifiedDays;
    final int[][] levels;
    final int[][] modules;
    final int[] assessed;
    final long[] attempts;
    final int[] firstPassed;
    final int[] passed;
    final long[] toPass;
    final int[][] scores;
    final int[][] judgement;
    final int[][] chosen;

    PopulationCounts(ReportShape s) {
        shape = s;
        levels = new int[s.competencies.size()][];
        for (int c = 0; c < levels.length; c++) {
            levels[c] = new int[s.levels.get(c).size() + 1];
        }
        modules = new int[s.modules.size()][4];
        int na = s.assessments.size();
        assessed = new int[na];
        attempts = new long[na];
        firstPassed = new int[na];
        passed = new int[na];
        toPass = new long[na];
        scores = new int[na][10];
        judgement = new int[s.vignettes.size()][4];
        chosen = new int[s.vignettes.size()][s.tiers.size()];
    }

    void add(LearnerFacts f) {
        learners++;
        if (f.certification >= 0) {
            certification[f.certification]++;
        }
        if (f.renewalDue) {
            renewalDue++;
        }
        if (f.days >= 0) {
            if (certifiedDays == days.length) {
                days = Arrays.copyOf(days, certifiedDays * 2);
            }
            days[certifiedDays++] = (int) Math.min(Integer.MAX_VALUE, f.days);
        }
        for (int c = 0; c < levels.length; c++) {
            levels[c][f.levels[c]]++;
        }
        for (int m = 0; m < modules.length; m++) {
            modules[m][f.modules[m]]++;
        }
        for (int a = 0; a < assessed.length; a++) {
            if (f.attempts[a] == 0) {
                continue;
            }
            assessed[a]++;
            attempts[a] += f.attempts[a];
            if (f.firstPassed[a]) {
                firstPassed[a]++;
            }
            if (f.toPass[a] > 0) {
                passed[a]++;
                toPass[a] += f.toPass[a];
            }
            scores[a][f.scoreBin[a]]++;
        }
        for (int v = 0; v < judgement.length; v++) {
            int g = f.given[v];
            if (g == -2) {
                continue;
            }
            int e = shape.expected[v];
            if (g < 0) {
                judgement[v][MISSING]++;
            } else if (g < e) {
                judgement[v][UNDER]++;
                chosen[v][g]++;
            } else if (g == e) {
                judgement[v][MATCH]++;
            } else {
                judgement[v][OVER]++;
                chosen[v][g]++;
            }
        }
    }

    int maxDays() {
        int max = -1;
        for (int i = 0; i < certifiedDays; i++) {
            max = Math.max(max, days[i]);
        }
        return max;
    }

    int[] sortedDays() {
        int[] d = Arrays.copyOf(days, certifiedDays);
        Arrays.sort(d);
        return d;
    }
}
