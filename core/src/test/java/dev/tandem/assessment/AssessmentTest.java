package dev.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.competency.CompetencyId;
import dev.tandem.testing.Curricula;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    @Test
    void theEffectiveMaxScoreIsTheMaxScore() {
        assertThat(Curricula.quiz("a1", "listening", "proficient").build().effectiveMaxScore()).isEqualTo(10);
    }

    @Test
    void aScenariosEffectiveMaxScoreIsItsNumberOfVignettes() {
        Assessment scenario = Curricula.scenario("a2", "listening", "advanced").build();
        assertThat(scenario.maxScore()).isNull();
        assertThat(scenario.effectiveMaxScore()).isEqualTo(1);
    }

    @Test
    void anAssessmentKnowsWhatItMeasures() {
        Assessment quiz = Curricula.quiz("a1", "listening", "proficient").build();
        assertThat(quiz.measures(CompetencyId.of("listening"))).isTrue();
        assertThat(quiz.measures(CompetencyId.of("empathy"))).isFalse();
        assertThat(quiz.hasBands()).isFalse();
    }

    @Test
    void aBandMinMustBeANumber() {
        assertThatThrownBy(() -> new Band(Double.NaN, "aware")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assessmentKindsAreFoundByTheirFormatName() {
        assertThat(AssessmentKind.fromId("sign-off")).contains(AssessmentKind.SIGN_OFF);
        assertThat(AssessmentKind.allowed()).isEqualTo("quiz, observation, checklist, sign-off, reflection, scenario");
    }
}
