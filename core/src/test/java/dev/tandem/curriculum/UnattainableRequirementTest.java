package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.UNATTAINABLE_REQUIREMENT;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.certification;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.Curricula.requirement;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;
import static dev.tandem.testing.DiagnosticAssertions.assertSingle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.testing.Curricula;
import org.junit.jupiter.api.Test;

/** {@code unattainable-requirement}: the certification asks for a level nothing can award. */
class UnattainableRequirementTest {

    /** listening (proficient by a1) and empathy (advanced by a2) under a parent that no assessment measures. */
    private static Curricula rollUp() {
        return minimal().competencies(competency(COMPETENCY).parent("communication").build(),
                        competency("empathy").parent("communication").build(), competency("communication").build())
                .assessment(quiz("a2-quiz", "empathy", "advanced").build());
    }

    @Test
    void aLevelAboveWhatAnyAssessmentAwardsIsUnattainable() {
        assertOnly(minimal().certification(certification(requirement(COMPETENCY, "advanced"))).diagnostics(), ERROR,
                UNATTAINABLE_REQUIREMENT, "/certification/competencies/0",
                "requires 'listening' at 'advanced'", "the highest level any assessment or roll-up awards is 'proficient'");
    }

    @Test
    void aLevelAtOrBelowWhatAnAssessmentAwardsIsAttainable() {
        assertThat(minimal().certification(certification(requirement(COMPETENCY, "proficient"),
                requirement(COMPETENCY, "aware"))).diagnostics()).isEmpty();
    }

    @Test
    void aCompetencyNoAssessmentMeasuresIsUnattainableAtAnyLevel() {
        assertSingle(minimal().competency(competency("empathy").build())
                .certification(certification(requirement("empathy", "aware"))).diagnostics(), ERROR,
                UNATTAINABLE_REQUIREMENT, "/certification/competencies/0",
                "no assessment or roll-up awards it any level");
    }

    @Test
    void aParentRollsUpToTheLowestLevelItsChildrenCanReach() {
        assertThat(rollUp().certification(certification(requirement("communication", "proficient"))).diagnostics())
                .isEmpty();
    }

    @Test
    void aParentAboveTheLowestLevelItsChildrenCanReachIsUnattainable() {
        assertOnly(rollUp().certification(certification(requirement("communication", "advanced"))).diagnostics(),
                ERROR, UNATTAINABLE_REQUIREMENT, "/certification/competencies/0",
                "the highest level any assessment or roll-up awards is 'proficient'");
    }

    @Test
    void aParentsOwnMeasureCountsBesideTheRollUp() {
        assertThat(rollUp().assessment(quiz("a3-quiz", "communication", "advanced").build())
                .certification(certification(requirement("communication", "advanced"))).diagnostics()).isEmpty();
    }

    @Test
    void theHighestBandIsAttainable() {
        Assessment banded = Assessment.builder("a1-quiz", "Quiz", AssessmentKind.QUIZ).scores(10, 8)
                .measures(COMPETENCY).band(0.5, "developing").band(0.9, "advanced").build();
        assertThat(minimal().assessments(banded).certification(certification(requirement(COMPETENCY, "advanced")))
                .diagnostics()).isEmpty();
    }
}
