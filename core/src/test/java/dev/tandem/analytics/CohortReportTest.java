package dev.tandem.analytics;

import static dev.tandem.analytics.Fixtures.AS_OF;
import static dev.tandem.analytics.Fixtures.curriculum;
import static dev.tandem.analytics.Fixtures.records;
import static dev.tandem.analytics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.escalation.TierId;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.ModuleId;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures checked against a small cohort computed by hand (K = 1, so every count is shown). The six learners:
 * <ul>
 * <li>L1: quiz 9 on Jan 10, scenario all right on Feb 10: certified after 31 days;</li>
 * <li>L2: quiz 5 on Jan 5, quiz 8 on Jan 20, scenario under-escalating v1 on Mar 6, scenario with v3
 * over-escalated to consult (score 2, passes) on Mar 20: certified after 74 days;</li>
 * <li>L3: quiz 3 and 4 on Feb 1 and 2, then 10 on Feb 3, ignored (max-attempts 2);</li>
 * <li>L4: only a practice record on Apr 1;</li>
 * <li>L5: a quiz on Jul 1, after the report's instant (Jun 1): not started;</li>
 * <li>L6: quiz 9 on May 1, scenario on May 2 with v1 continue (under), v2 missing, v3 continue.</li>
 * </ul>
 */
class CohortReportTest {

    static Fixtures.Records sixLearners() {
        return records()
                .quiz("L1", 9, "2026-01-10").scenario("L1", "2026-02-10", "v1=refer", "v2=consult", "v3=continue")
                .quiz("L2", 5, "2026-01-05").quiz("L2", 8, "2026-01-20")
                .scenario("L2", "2026-03-06", "v1=consult", "v2=consult", "v3=continue")
                .scenario("L2", "2026-03-20", "v1=refer", "v2=consult", "v3=consult")
                .quiz("L3", 3, "2026-02-01").quiz("L3", 4, "2026-02-02").quiz("L3", 10, "2026-02-03")
                .practice("L4", 2, "2026-04-01")
                .quiz("L5", 9, "2026-07-01")
                .quiz("L6", 9, "2026-05-01").scenario("L6", "2026-05-02", "v1=continue", "v3=continue");
    }

    private static final CohortReport REPORT = report(sixLearners(), 1);

    private static Map<String, Integer> counts(Map<?, Cell> cells) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        cells.forEach((k, v) -> out.put(k.toString(), v.count()));
        return out;
    }

    @Test
    void countsEveryLearnerWithAnyRecordIncludingOnesWhoseRecordsLieAfterTheInstant() {
        assertThat(REPORT.learners()).isEqualTo(6);
        assertThat(REPORT.curriculum()).isEqualTo("peer");
        assertThat(REPORT.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void countsCertificationStatuses() {
        assertThat(counts(REPORT.figures().certification()))
                .containsExactly(Map.entry("certified", 2), Map.entry("lapsed", 0), Map.entry("in-progress", 3),
                        Map.entry("not-started", 1));
        assertThat(REPORT.figures().certification().get(CertificationStatus.IN_PROGRESS).share()).isEqualTo(0.5);
    }

    @Test
    void countsLearnersAtExactlyEachLevelWithNoneFirst() {
        assertThat(counts(REPORT.figures().competencies().get(CompetencyId.of("listen"))))
                .containsExactly(Map.entry("none", 3), Map.entry("aware", 0), Map.entry("developing", 0),
                        Map.entry("proficient", 3), Map.entry("advanced", 0));
        assertThat(REPORT.figures().competencies().get(CompetencyId.of("triage")).get("none").count()).isEqualTo(4);
    }

    @Test
    void countsModuleStatuses() {
        assertThat(counts(REPORT.figures().modules().get(ModuleId.of("m1")))).containsExactly(
                Map.entry("completed", 3), Map.entry("in-progress", 1), Map.entry("locked", 0),
                Map.entry("not-started", 2));
        assertThat(counts(REPORT.figures().modules().get(ModuleId.of("m2")))).containsExactly(
                Map.entry("completed", 2), Map.entry("in-progress", 1), Map.entry("locked", 3),
                Map.entry("not-started", 0));
    }

    @Test
    void computesQuizFiguresWithoutIgnoredAttempts() {
        AssessmentFigures q = REPORT.figures().assessments().get(AssessmentId.of("q1"));
        assertThat(q.learners().count()).isEqualTo(4);
        assertThat(q.attempts()).isEqualTo(6);
        assertThat(q.attemptsPerLearner()).isEqualTo(1.5);
        assertThat(q.firstAttemptPassRate()).isEqualTo(0.5);
        assertThat(q.passRate()).isEqualTo(0.75);
        assertThat(q.meanAttemptsToPass()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(q.scores()).extracting(b -> b.learners().count()).containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 1, 2);
    }

    @Test
    void computesScenarioFiguresFromGradedResponses() {
        AssessmentFigures s = REPORT.figures().assessments().get(AssessmentId.of("s1"));
        assertThat(s.learners().count()).isEqualTo(3);
        assertThat(s.attempts()).isEqualTo(4);
        assertThat(s.firstAttemptPassRate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.passRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.meanAttemptsToPass()).isEqualTo(1.5);
        assertThat(s.scores()).extracting(b -> b.learners().count()).containsExactly(0, 0, 0, 1, 0, 0, 1, 0, 0, 1);
    }

    @Test
    void judgesEachVignetteByTheMostRecentAttempt() {
        List<VignetteFigures> v = REPORT.figures().vignettes();
        assertThat(v).extracting(VignetteFigures::key).containsExactly("s1/v1", "s1/v2", "s1/v3");
        assertThat(v).extracting(x -> x.expected().toString()).containsExactly("refer", "consult", "continue");
        assertThat(v).extracting(x -> List.of(x.under().count(), x.match().count(), x.over().count(),
                x.missing().count())).containsExactly(List.of(1, 2, 0, 0), List.of(0, 2, 0, 1), List.of(0, 2, 1, 0));
        assertThat(v.get(0).under().share()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void saysWhichTierWasChosenInstead() {
        List<VignetteFigures> v = REPORT.figures().vignettes();
        assertThat(counts(v.get(0).chosen())).containsExactly(Map.entry("continue", 1), Map.entry("consult", 0),
                Map.entry("emergency", 0));
        assertThat(counts(v.get(2).chosen())).containsExactly(Map.entry("consult", 1), Map.entry("refer", 0),
                Map.entry("emergency", 0));
    }

    @Test
    void listsTheVignettesTraineesUnderEscalate() {
        assertThat(REPORT.figures().dangerous()).extracting(VignetteFigures::key).containsExactly("s1/v1");
    }

    @Test
    void measuresDaysFromFirstRecordToTheFirstInstantOfCertification() {
        TimeToCertification t = REPORT.figures().timeToCertification();
        assertThat(t.median()).isEqualTo(52.5);
        assertThat(t.lowerQuartile()).isEqualTo(41.75);
        assertThat(t.upperQuartile()).isEqualTo(63.25);
        assertThat(t.histogram()).extracting(b -> List.of(b.fromDay(), b.toDay(), b.learners().count()))
                .containsExactly(List.of(0, 30, 0), List.of(30, 60, 1), List.of(60, 90, 1));
    }

    @Test
    void datesCertificationAtItsFirstInstantEvenWhenItLapsedAndCameBack() {
        // quiz valid 30 days: certified on Feb 10, lapsed from Mar 1 (quiz expired), certified again on Mar 15
        Fixtures.Records r = records().quiz("A", 9, "2026-01-30")
                .scenario("A", "2026-02-10", "v1=refer", "v2=consult", "v3=continue").quiz("A", 9, "2026-03-15");
        CohortReport report = report(curriculum(Period.ofDays(30)), r,
                ReportOptions.at(Fixtures.t("2026-03-20")).withMinCell(1));
        assertThat(report.figures().certification().get(CertificationStatus.CERTIFIED).count()).isEqualTo(1);
        assertThat(report.figures().timeToCertification().median()).isEqualTo(11.0);
    }

    @Test
    void datesCertificationAtTheInstantALowAttemptExpiresUnderAnAverage() {
        // mean of 2 and 9 is 5.5, below the pass mark of 8, until the 2 expires on Jan 31 (valid 30 days):
        // certified then, 30 days after the first record, though no record lies there
        Fixtures.Records r = records().quiz("A", 2, "2026-01-01")
                .scenario("A", "2026-01-05", "v1=refer", "v2=consult", "v3=continue").quiz("A", 9, "2026-01-11");
        CohortReport report = report(curriculum(Period.ofDays(30), Attainment.AVERAGE), r,
                ReportOptions.at(Fixtures.t("2026-02-05")).withMinCell(1));
        assertThat(report.figures().certification().get(CertificationStatus.CERTIFIED).count()).isEqualTo(1);
        assertThat(report.figures().timeToCertification().median()).isEqualTo(30.0);
    }

    @Test
    void groupsLearnersByTheMonthOfTheirFirstRecord() {
        CohortReport report = report(curriculum(), sixLearners(),
                ReportOptions.at(AS_OF).withMinCell(1).withGrouping(Grouping.MONTH));
        assertThat(report.months()).extracting(m -> m.month().toString() + "=" + m.learners().count())
                .containsExactly("2026-01=2", "2026-02=1", "2026-04=1", "2026-05=1", "2026-07=1");
        MonthFigures january = report.months().get(0);
        assertThat(january.month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(january.figures().certification().get(CertificationStatus.CERTIFIED).share()).isEqualTo(1.0);
        assertThat(january.figures().timeToCertification().median()).isEqualTo(52.5);
        assertThat(january.figures().timeToCertification().histogram()).hasSize(3);
    }

    @Test
    void leavesMonthsOutWithoutGrouping() {
        assertThat(REPORT.months()).isEmpty();
        assertThat(REPORT.grouping()).isEqualTo(Grouping.NONE);
    }

    @Test
    void hasNoCertificationFiguresWithoutACertification() {
        dev.tandem.curriculum.Curriculum c = curriculum().toBuilder().certification(null).build();
        CohortReport report = report(c, sixLearners(), ReportOptions.at(AS_OF).withMinCell(1));
        assertThat(report.figures().certification()).isNull();
        assertThat(report.figures().timeToCertification()).isNull();
    }

    @Test
    void reportsAnEmptyCohort() {
        CohortReport report = report(records(), 5);
        assertThat(report.learners()).isZero();
        assertThat(report.figures().certification().values()).allMatch(c -> c.count() == 0 && c.share() == 0);
        assertThat(report.figures().timeToCertification().histogram()).isEmpty();
        assertThat(report.figures().assessments().get(AssessmentId.of("q1")).attempts()).isZero();
        assertThat(report.figures().vignettes().get(0).chosen()).containsKey(TierId.of("emergency"));
    }
}
