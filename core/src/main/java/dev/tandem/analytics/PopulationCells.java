package dev.tandem.analytics;

import dev.tandem.analytics.AssessmentFigures.ScoreBin;
import dev.tandem.analytics.Suppression.Count;
import dev.tandem.analytics.TimeToCertification.DayBin;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.CompetencyId;
import dev.tandem.escalation.TierId;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.ModuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one population registered for suppression, then turned into {@link Figures}. Every cells of
 * one report has the same shape, so {@link #all()} lines up across populations. Package-private.
 */
final class PopulationCells {

    private final PopulationCounts tally;
    private final ReportShape s;
    private final int binDays;
    /** the population's learners, or null for the whole cohort (published). */
    final Count learners;
    final Count[] certification;
    /** certified learners whose renewal is due; empty without a renewal block. */
    final Count[] due;
    final Count[] bins;
    final Count[][] levels;
    final Count[][] modules;
    final Count[] assessed;
    final Count[][] scores;
    final Count[][] judgement;
    /** per vignette and tier: the learners who chose it instead; null at the expected tier. */
    final Count[][] chosen;

    PopulationCells(PopulationCounts tally, Suppression sup, Count learners, int binCount, int binDays) {
        this.tally = tally;
        this.s = tally.shape;
        this.binDays = binDays;
        this.learners = learners;
        certification = s.certification ? counts(sup, tally.certification) : new Count[0];
        int[] binned = new int[binCount];
        for (int i = 0; i < tally.certifiedDays; i++) {
            binned[tally.days[i] / binDays]++;
        }
        bins = s.certification ? counts(sup, binned) : new Count[0];
        due = s.renewal ? counts(sup, new int[] {tally.renewalDue}) : new Count[0];
        levels = new Count[tally.levels.length][];
        for (int c = 0; c < levels.length; c++) {
            levels[c] = counts(sup, tally.levels[c]);
            sup.partition(List.of(levels[c]), learners);
        }
        modules = new Count[tally.modules.length][];
        for (int m = 0; m < modules.length; m++) {
            modules[m] = counts(sup, tally.modules[m]);
            sup.partition(List.of(modules[m]), learners);
        }
        if (s.certification) {
            sup.partition(List.of(certification), learners);
            sup.partition(List.of(bins), certification[CertificationStatus.CERTIFIED.ordinal()]);
            // a share of the certified learners: hidden with them
            sup.dependent(List.of(due), certification[CertificationStatus.CERTIFIED.ordinal()]);
        }
        assessed = counts(sup, tally.assessed);
        if (learners != null) {
            sup.dependent(List.of(assessed), learners);
        }
        scores = new Count[assessed.length][];
        for (int a = 0; a < assessed.length; a++) {
            scores[a] = counts(sup, tally.scores[a]);
            sup.partition(List.of(scores[a]), assessed[a]);
        }
        int nv = s.vignettes.size();
        judgement = new Count[nv][];
        chosen = new Count[nv][];
        for (int v = 0; v < nv; v++) {
            judgement[v] = counts(sup, tally.judgement[v]);
            sup.partition(List.of(judgement[v]), assessed[s.vignetteAssessment[v]]);
            int e = s.expected[v];
            chosen[v] = new Count[s.tiers.size()];
            List<Count> below = new ArrayList<>();
            List<Count> above = new ArrayList<>();
            for (int t = 0; t < chosen[v].length; t++) {
                if (t != e) {
                    chosen[v][t] = sup.count(tally.chosen[v][t]);
                    (t < e ? below : above).add(chosen[v][t]);
                }
            }
            sup.partition(below, judgement[v][PopulationCounts.UNDER]);
            sup.partition(above, judgement[v][PopulationCounts.OVER]);
        }
    }

    private static Count[] counts(Suppression sup, int[] values) {
        Count[] out = new Count[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = sup.count(values[i]);
        }
        return out;
    }

    /** {@return every count of the population in a fixed order (the same for every cells of a report)} */
    List<Count> all() {
        List<Count> all = new ArrayList<>();
        all.addAll(Arrays.asList(certification));
        all.addAll(Arrays.asList(bins));
        all.addAll(Arrays.asList(due));
        for (Count[] c : levels) {
            all.addAll(Arrays.asList(c));
        }
        for (Count[] c : modules) {
            all.addAll(Arrays.asList(c));
        }
        all.addAll(Arrays.asList(assessed));
        for (Count[] c : scores) {
            all.addAll(Arrays.asList(c));
        }
        for (Count[] c : judgement) {
            all.addAll(Arrays.asList(c));
        }
        for (Count[] c : chosen) {
            for (Count x : c) {
                if (x != null) {
                    all.add(x);
                }
            }
        }
        return all;
    }

    Figures figures(int minCell) {
        int population = tally.learners;
        Map<CertificationStatus, Cell> cert = null;
        TimeToCertification time = null;
        if (s.certification) {
            cert = new LinkedHashMap<>();
            for (CertificationStatus st : CertificationStatus.values()) {
                cert.put(st, certification[st.ordinal()].cell(population));
            }
            time = timeToCertification();
        }
        Map<CompetencyId, Map<String, Cell>> comps = new LinkedHashMap<>();
        for (int c = 0; c < levels.length; c++) {
            Map<String, Cell> m = new LinkedHashMap<>();
            m.put("none", levels[c][0].cell(population));
            List<String> names = s.levels.get(c);
            for (int k = 0; k < names.size(); k++) {
                m.put(names.get(k), levels[c][k + 1].cell(population));
            }
            comps.put(s.competencies.get(c), m);
        }
        Map<ModuleId, Map<ModuleStatus, Cell>> mods = new LinkedHashMap<>();
        for (int m = 0; m < modules.length; m++) {
            Map<ModuleStatus, Cell> st = new LinkedHashMap<>();
            for (ModuleStatus x : ModuleStatus.values()) {
                st.put(x, modules[m][x.ordinal()].cell(population));
            }
            mods.put(s.modules.get(m), st);
        }
        Map<AssessmentId, AssessmentFigures> as = new LinkedHashMap<>();
        for (int a = 0; a < assessed.length; a++) {
            as.put(s.assessments.get(a).id(), assessment(a, population, minCell));
        }
        List<VignetteFigures> vs = new ArrayList<>();
        for (int v = 0; v < judgement.length; v++) {
            int a = s.vignetteAssessment[v];
            int n = tally.assessed[a];
            Map<TierId, Cell> ch = new LinkedHashMap<>();
            for (int t = 0; t < chosen[v].length; t++) {
                if (chosen[v][t] != null) {
                    ch.put(s.tiers.get(t), chosen[v][t].cell(n));
                }
            }
            vs.add(new VignetteFigures(s.assessments.get(a).id(), s.vignettes.get(v), s.tiers.get(s.expected[v]),
                    judgement[v][PopulationCounts.UNDER].cell(n), judgement[v][PopulationCounts.MATCH].cell(n),
                    judgement[v][PopulationCounts.OVER].cell(n), judgement[v][PopulationCounts.MISSING].cell(n), ch));
        }
        return new Figures(cert, time, comps, mods, as, vs, due.length == 0 ? null : due[0].cell(population));
    }

    private AssessmentFigures assessment(int a, int population, int minCell) {
        Count learnersCount = assessed[a];
        int n = tally.assessed[a];
        List<ScoreBin> bins = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            bins.add(new ScoreBin(b / 10.0, (b + 1) / 10.0, scores[a][b].cell(n)));
        }
        if (learnersCount.suppressed) {
            return new AssessmentFigures(Cell.suppressedCell(), null, null, null, null, null, bins);
        }
        Cell cell = learnersCount.cell(population);
        if (n == 0) {
            return new AssessmentFigures(cell, 0, null, null, null, null, bins);
        }
        int passers = tally.passed[a];
        Double mean = passers == 0 || passers < minCell ? null : (double) tally.toPass[a] / passers;
        return new AssessmentFigures(cell, (int) Math.min(Integer.MAX_VALUE, tally.attempts[a]),
                (double) tally.attempts[a] / n, (double) tally.firstPassed[a] / n, (double) passers / n, mean, bins);
    }

    private TimeToCertification timeToCertification() {
        Count certified = certification[CertificationStatus.CERTIFIED.ordinal()];
        List<DayBin> histogram = new ArrayList<>();
        for (int b = 0; b < bins.length; b++) {
            histogram.add(new DayBin(b * binDays, (b + 1) * binDays, bins[b].cell(certified.value)));
        }
        if (certified.suppressed || certified.value == 0) {
            return new TimeToCertification(null, null, null, binDays, histogram);
        }
        int[] d = tally.sortedDays();
        return new TimeToCertification(quantile(d, 0.5), quantile(d, 0.25), quantile(d, 0.75), binDays, histogram);
    }

    /** {@return the p-quantile of sorted values by linear interpolation (R type 7)} */
    static double quantile(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
