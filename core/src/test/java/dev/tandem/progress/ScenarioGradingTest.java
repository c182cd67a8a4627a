package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.policy;
import static dev.tandem.progress.TestCurricula.scenario;
import static dev.tandem.progress.TestCurricula.vignette;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.competency.CompetencyId;
import org.junit.jupiter.api.Test;

/**
 * FORMAT 6.2, scenario attempts. The vignettes expect: v1 refer (ideation), v2 continue (nothing, the
 * lowest tier), v3 consult (distress), v4 emergency (ideation and intent).
 */
class ScenarioGradingTest {

    private static final CompetencyId J = CompetencyId.of("judgement");

    private static Evaluator triage(double passScore) {
        return curriculum().competency("judgement").policy(policy())
                .assessment(scenario("triage", "judgement", "proficient", vignette("v1", "ideation"), vignette("v2"),
                        vignette("v3", "distress"), vignette("v4", "ideation", "intent")).passScore(passScore).build())
                .evaluator();
    }

    private static AttemptResult only(LearnerProgress p) {
        assertThat(p.attempts()).hasSize(1);
        return p.attempts().get(0);
    }

    @Test
    void theScoreIsTheNumberOfResponsesEqualToTheExpectedTier() {
        var p = learner().responses("triage", "2026-01-01", "v1=refer", "v2=continue", "v3=refer", "v4=emergency")
                .evaluate(triage(3), "2026-02-01");
        assertThat(only(p).score()).isEqualTo(3.0);
    }

    @Test
    void anAttemptWithEveryExpectedTierPassesAndAwardsTheLevel() {
        var p = learner().responses("triage", "2026-01-01", "v1=refer", "v2=continue", "v3=consult", "v4=emergency")
                .evaluate(triage(4), "2026-02-01");
        assertThat(only(p).passed()).isTrue();
        assertThat(p.competency(J).orElseThrow().level()).isEqualTo("proficient");
    }

    @Test
    void overEscalationScoresNothingButDoesNotFailTheAttempt() {
        var p = learner().responses("triage", "2026-01-01", "v1=refer", "v2=consult", "v3=consult", "v4=emergency")
                .evaluate(triage(3), "2026-02-01");
        assertThat(only(p)).satisfies(a -> {
            assertThat(a.score()).isEqualTo(3.0);
            assertThat(a.passed()).isTrue();
            assertThat(a.underEscalated()).isFalse();
        });
    }

    @Test
    void anUnderEscalatedAttemptFailsEvenWithAScoreAtThePassScore() {
        var p = learner().responses("triage", "2026-01-01", "v1=refer", "v2=continue", "v3=consult", "v4=refer")
                .evaluate(triage(3), "2026-02-01");
        assertThat(only(p)).satisfies(a -> {
            assertThat(a.score()).isEqualTo(3.0);
            assertThat(a.underEscalated()).isTrue();
            assertThat(a.passed()).isFalse();
        });
        assertThat(p.competency(J).orElseThrow().level()).isNull();
    }

    @Test
    void aMissingResponseWhereTheExpectedTierIsAboveTheLowestFailsTheAttempt() {
        var p = learner().responses("triage", "2026-01-01", "v1=refer", "v2=continue", "v3=consult")
                .evaluate(triage(3), "2026-02-01");
        assertThat(only(p)).satisfies(a -> {
            assertThat(a.score()).isEqualTo(3.0);
            assertThat(a.passed()).isFalse();
            assertThat(a.underEscalated()).isTrue();
        });
    }

    @Test
    void aMissingResponseWhereTheLowestTierIsExpectedScoresNothingButDoesNotFail() {
        var p = learner().responses("triage", "2026-01-01", "v1=refer", "v3=consult", "v4=emergency")
                .evaluate(triage(3), "2026-02-01");
        assertThat(only(p)).satisfies(a -> {
            assertThat(a.score()).isEqualTo(3.0);
            assertThat(a.passed()).isTrue();
        });
    }

    @Test
    void anUnderEscalatedAttemptAwardsNoBandLevelWhateverItsScore() {
        Assessment banded = Assessment.builder("triage", "Triage", AssessmentKind.SCENARIO).passScore(1)
                .measures("judgement").band(0.25, "developing").band(0.75, "proficient")
                .vignette(vignette("v1", "ideation")).vignette(vignette("v2")).vignette(vignette("v3", "distress"))
                .vignette(vignette("v4", "ideation", "intent")).build();
        Evaluator e = curriculum().competency("judgement").policy(policy()).assessment(banded).evaluator();
        var p = learner().responses("triage", "2026-01-01", "v1=refer", "v2=continue", "v3=consult", "v4=refer")
                .evaluate(e, "2026-02-01");
        assertThat(p.competency(J).orElseThrow().level()).isNull();
    }

    @Test
    void aBandedScenarioWithoutUnderEscalationAwardsItsBandEvenBelowThePassScore() {
        Assessment banded = Assessment.builder("triage", "Triage", AssessmentKind.SCENARIO).passScore(4)
                .measures("judgement").band(0.25, "developing").band(0.75, "proficient")
                .vignette(vignette("v1", "ideation")).vignette(vignette("v2")).vignette(vignette("v3", "distress"))
                .vignette(vignette("v4", "ideation", "intent")).build();
        Evaluator e = curriculum().competency("judgement").policy(policy()).assessment(banded).evaluator();
        var p = learner().responses("triage", "2026-01-01", "v1=emergency", "v2=continue", "v3=consult",
                "v4=emergency").evaluate(e, "2026-02-01");
        assertThat(only(p).passed()).isFalse();
        assertThat(p.competency(J).orElseThrow().level()).isEqualTo("proficient");
    }

    @Test
    void aVignetteExpectingADefaultTierAboveTheLowestMustBeAnswered() {
        var base = policy();
        var consultByDefault = new dev.tandem.escalation.Policy(base.tiers(), dev.tandem.escalation.TierId.of("consult"),
                base.signals(), base.rules());
        Evaluator e = curriculum().competency("judgement").policy(consultByDefault)
                .assessment(scenario("triage", "judgement", "proficient", vignette("v1", "ideation"), vignette("v2"))
                        .passScore(1).build())
                .evaluator();
        var p = learner().responses("triage", "2026-01-01", "v1=refer").evaluate(e, "2026-02-01");
        assertThat(only(p)).satisfies(a -> {
            assertThat(a.score()).isEqualTo(1.0);
            assertThat(a.underEscalated()).isTrue();
            assertThat(a.passed()).isFalse();
        });
    }
}
