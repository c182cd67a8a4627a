package dev.tandem.analytics;

import dev.tandem.analytics.Suppression.Count;
import dev.tandem.evidence.LearnerId;
import dev.tandem.internal.InOrder;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.LearnerProgress;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A cohort report (FORMAT section 12): aggregate figures about a cohort's attainment, time to certification,
 * assessments and escalation judgement, with small counts suppressed. Learner ids never appear in it.
 *
 * <p>The learners of a report are those with any record (as in {@code tandem evaluate}; a learner whose
 * records all lie after {@code asOf} counts as not-started). Shares are taken of the population counted by
 * the figure's group: the report's (or month's) learners for certification, competencies, modules and
 * assessment learners; an assessment's learners for its score bins and its vignettes; the certified
 * learners for the time-to-certification histogram.
 *
 * <p>Computed by {@link #of(CohortEvidence, ReportOptions)}, a pure function that streams over the cohort
 * (one learner's progress at a time; memory grows with the number of certified learners only through one
 * int each).
 *
 * @param curriculum the curriculum id
 * @param version    the curriculum's version
 * @param asOf       the evaluation instant
 * @param learners   how many learners the report counts (always shown)
 * @param minCell    K: counts from 1 to K-1 are suppressed
 * @param grouping   the grouping asked for
 * @param figures    the figures of the whole cohort
 * @param months     with {@link Grouping#MONTH}, the figures per calendar month of first record, in
 *                   month order; empty otherwise
 */
public record CohortReport(String curriculum, String version, Instant asOf, int learners, int minCell,
        Grouping grouping, Figures figures, List<MonthFigures> months) {

    /**
     * Checks and copies the components.
     *
     * @param curriculum the curriculum id
     * @param version    the curriculum's version
     * @param asOf       the evaluation instant
     * @param learners   how many learners the report counts (always shown)
     * @param minCell    K: counts from 1 to K-1 are suppressed
     * @param grouping   the grouping asked for
     * @param figures    the figures of the whole cohort
     * @param months     with {@link Grouping#MONTH}, the figures per calendar month of first record, in
     *        month order; empty otherwise
     */
    public CohortReport {
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(figures, "figures");
        months = List.copyOf(months);
    }

    /**
     * Computes the report of a cohort on the calling thread.
     *
     * @param evidence the cohort's grouped evidence
     * @param options  the instant, K, grouping and bin width
     * @return the report
     */
    public static CohortReport of(CohortEvidence evidence, ReportOptions options) {
        return of(evidence, options, 1);
    }

    /**
     * Computes the report of a cohort on {@code threads} threads, the calling thread included: with more than
     * one, threads of the call's own evaluate learners, and so does the calling thread while it counts them in
     * learner order; the report is the same whatever the number of threads. The threads end before this method
     * returns.
     *
     * @param evidence the cohort's grouped evidence
     * @param options  the instant, K, grouping and bin width
     * @param threads  the threads that evaluate; 1 evaluates on the calling thread alone
     * @return the report
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public static CohortReport of(CohortEvidence evidence, ReportOptions options, int threads) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        ReportShape shape = evidence.shape();
        Instant asOf = options.asOf();
        Cohort cohort = evidence.cohort();
        List<LearnerId> ids = cohort.learners();
        boolean byMonth = options.grouping() == Grouping.MONTH;
        PopulationCounts overall = new PopulationCounts(shape);
        Map<YearMonth, PopulationCounts> months = new TreeMap<>();
        Consumer<Fact> count = f -> {
            overall.add(f.facts());
            if (byMonth) {
                months.computeIfAbsent(YearMonth.from(f.first().atZone(ZoneOffset.UTC)),
                        k -> new PopulationCounts(shape)).add(f.facts());
            }
        };
        InOrder.run(ids.size(), threads, "report",
                (from, to) -> InOrder.each(from, to, i -> fact(evidence, ids, i, asOf)),
                block -> block.forEach(count));
        // at most MAX_BINS bins whatever the data: the last one then runs to the longest time
        int binCount = overall.maxDays() < 0 ? 0
                : (int) Math.min(TimeToCertification.MAX_BINS, overall.maxDays() / options.binDays() + 1L);
        int lastBinEnd = (int) Math.min(Integer.MAX_VALUE, Math.max((long) binCount * options.binDays(),
                overall.maxDays() + 1L));
        Suppression sup = new Suppression();
        PopulationCells whole = new PopulationCells(overall, sup, null, binCount, options.binDays(), lastBinEnd);
        List<PopulationCells> drafts = new ArrayList<>();
        List<Count> monthLearners = new ArrayList<>();
        for (PopulationCounts t : months.values()) {
            Count c = sup.count(t.learners);
            monthLearners.add(c);
            drafts.add(new PopulationCells(t, sup, c, binCount, options.binDays(), lastBinEnd));
        }
        if (!drafts.isEmpty()) {
            sup.partition(monthLearners, null);
            List<Count> totals = whole.all();
            List<List<Count>> parts = drafts.stream().map(PopulationCells::all).toList();
            for (int k = 0; k < totals.size(); k++) {
                List<Count> members = new ArrayList<>(parts.size());
                for (List<Count> part : parts) {
                    members.add(part.get(k));
                }
                sup.partition(members, totals.get(k));
            }
        }
        sup.apply(options.minCell());
        List<MonthFigures> monthFigures = new ArrayList<>();
        int k = 0;
        for (YearMonth month : months.keySet()) {
            monthFigures.add(new MonthFigures(month, monthLearners.get(k).cell(overall.learners),
                    drafts.get(k).figures(options.minCell())));
            k++;
        }
        return new CohortReport(shape.curriculum.id(), shape.curriculum.version(), asOf, overall.learners,
                options.minCell(), options.grouping(), whole.figures(options.minCell()), monthFigures);
    }

    /**
     * {@return what learner i contributes, and their first record}: one evaluation, and for a certified learner
     * one sweep over their breakpoints for the date of certification
     */
    private static Fact fact(CohortEvidence evidence, List<LearnerId> ids, int i, Instant asOf) {
        Cohort cohort = evidence.cohort();
        LearnerProgress p = cohort.evaluate(ids.get(i), asOf);
        LearnerFacts facts = LearnerFacts.of(evidence.shape(), evidence, i, p);
        Instant first = evidence.firstRecord(i);
        if (p.certification().map(CertificationResult::certified).orElse(false)) {
            // certified at asOf, so certified at some instant up to it
            Instant certifiedAt = cohort.firstCertified(ids.get(i), asOf).orElseThrow();
            facts.days = Duration.between(first, certifiedAt).toDays();
        }
        return new Fact(facts, first);
    }

    /** What one learner contributes, and when their first record is. */
    private record Fact(LearnerFacts facts, Instant first) {
    }
}
