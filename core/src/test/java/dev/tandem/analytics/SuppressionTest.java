package dev.tandem.analytics;

import static dev.tandem.analytics.Fixtures.records;
import static dev.tandem.analytics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.CompetencyId;
import dev.tandem.progress.CertificationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suppression on a hand-computed cohort with K = 5: eight learners certified (quiz 9, scenario right), three
 * who failed the quiz once (score 5).
 */
class SuppressionTest {

    private static CohortReport elevenLearners() {
        Fixtures.Records r = records();
        for (int i = 0; i < 8; i++) {
            r.certified("C" + i, "2026-01-0" + (i + 1), "2026-02-01");
        }
        for (int i = 0; i < 3; i++) {
            r.quiz("F" + i, 5, "2026-03-01");
        }
        return report(r, 5);
    }

    private static final CohortReport REPORT = elevenLearners();

    private static final Cell S = Cell.suppressedCell();

    @Test
    void suppressesACountUnderKAndTheNextSmallestOfItsGroup() {
        assertThat(REPORT.figures().certification()).containsExactly(
                java.util.Map.entry(CertificationStatus.CERTIFIED, S),
                java.util.Map.entry(CertificationStatus.LAPSED, Cell.shown(0, 11)),
                java.util.Map.entry(CertificationStatus.IN_PROGRESS, S),
                java.util.Map.entry(CertificationStatus.NOT_STARTED, Cell.shown(0, 11)));
        assertThat(REPORT.figures().competencies().get(CompetencyId.of("listen")).values())
                .containsExactly(S, Cell.shown(0, 11), Cell.shown(0, 11), S, Cell.shown(0, 11));
    }

    @Test
    void showsACountOfAtLeastKWithItsShare() {
        AssessmentFigures q = REPORT.figures().assessments().get(AssessmentId.of("q1"));
        assertThat(q.learners()).isEqualTo(Cell.shown(11, 11));
        assertThat(q.firstAttemptPassRate()).isEqualTo(8.0 / 11);
        assertThat(REPORT.figures().vignettes().get(0).match()).isEqualTo(Cell.shown(8, 8));
    }

    @Test
    void suppressesEveryNonZeroBinOfAHistogramWhoseTotalIsSuppressed() {
        TimeToCertification t = REPORT.figures().timeToCertification();
        assertThat(t.median()).isNull();
        assertThat(t.lowerQuartile()).isNull();
        assertThat(t.histogram()).extracting(TimeToCertification.DayBin::learners)
                .allMatch(c -> c.suppressed() || c.count() == 0).anyMatch(Cell::suppressed);
    }

    @Test
    void nullsAttemptsAndRatesWhenAnAssessmentsLearnersAreSuppressed() {
        Fixtures.Records r = records();
        for (int i = 0; i < 6; i++) {
            r.quiz("Q" + i, 9, "2026-01-01");
        }
        r.certified("C1", "2026-01-01", "2026-01-02");
        AssessmentFigures s = report(r, 5).figures().assessments().get(AssessmentId.of("s1"));
        assertThat(s.learners().suppressed()).isTrue();
        assertThat(List.of(s.attempts() == null, s.attemptsPerLearner() == null, s.firstAttemptPassRate() == null,
                s.passRate() == null, s.meanAttemptsToPass() == null)).containsOnly(true);
    }

    @Test
    void hidesTheMeanAttemptsToPassWhenFewerThanKLearnersPassed() {
        Fixtures.Records r = records();
        for (int i = 0; i < 6; i++) {
            r.quiz("Q" + i, i < 2 ? 9 : 1, "2026-01-01");
        }
        AssessmentFigures q = report(r, 5).figures().assessments().get(AssessmentId.of("q1"));
        assertThat(q.learners().count()).isEqualTo(6);
        assertThat(q.meanAttemptsToPass()).isNull();
    }

    @Test
    void suppressesTheSubtotalOfASingleMonthThatCouldBeRecoveredFromTheWholeCohort() {
        Fixtures.Records r = records();
        for (int i = 0; i < 6; i++) {
            r.quiz("J" + i, 9, "2026-01-05");
        }
        for (int i = 0; i < 3; i++) {
            r.quiz("F" + i, 9, "2026-02-05");
        }
        CohortReport report = Fixtures.report(Fixtures.curriculum(), r,
                ReportOptions.at(Fixtures.AS_OF).withGrouping(Grouping.MONTH));
        assertThat(report.months()).extracting(MonthFigures::learners).containsExactly(S, S);
        assertThat(report.months().get(0).figures().assessments().get(AssessmentId.of("q1")).learners())
                .isEqualTo(S);
        assertThat(report.figures().assessments().get(AssessmentId.of("q1")).learners())
                .isEqualTo(Cell.shown(9, 9));
    }

    @Test
    void suppressesOneMoreCellWhenTheSuppressedCellsCouldOnlyBeOnes() {
        Suppression sup = new Suppression();
        List<Suppression.Count> group = List.of(sup.count(1), sup.count(1), sup.count(12), sup.count(0));
        sup.partition(group, null);
        sup.apply(5);
        assertThat(group).extracting(c -> c.suppressed).containsExactly(true, true, true, false);
    }

    @Test
    void neverSuppressesAZeroAndHidesTheTotalWhenNoOtherCellCan() {
        Suppression sup = new Suppression();
        Suppression.Count total = sup.count(7);
        List<Suppression.Count> group = List.of(sup.count(0), sup.count(7), sup.count(0));
        sup.partition(group, total);
        List<Suppression.Count> other = List.of(sup.count(3), total);
        sup.partition(other, null);
        sup.apply(5);
        assertThat(other).extracting(c -> c.suppressed).containsExactly(true, true);
        assertThat(group).extracting(c -> c.suppressed).containsExactly(false, true, false);
    }
}
