package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.Curricula.scenario;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;
import static dev.tandem.testing.DiagnosticAssertions.assertSingle;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.competency.Scale;
import dev.tandem.testing.Policies;
import org.junit.jupiter.api.Test;

/** {@code missing-field}: a required field, or a required non-empty list, is absent. */
class MissingFieldTest {

    @Test
    void aCurriculumWithoutIdIsMissingItsId() {
        assertOnly(minimal().id(null).diagnostics(), ERROR, MISSING_FIELD, "/id", "needs an 'id'");
    }

    @Test
    void aCurriculumWithoutVersionIsMissingItsVersion() {
        assertOnly(minimal().version(null).diagnostics(), ERROR, MISSING_FIELD, "/version", "needs a 'version'");
    }

    @Test
    void aCurriculumWithoutTitleIsMissingItsTitle() {
        assertOnly(minimal().title(null).diagnostics(), ERROR, MISSING_FIELD, "/title", "needs a 'title'");
    }

    @Test
    void aCurriculumWithoutSettingIsMissingItAndTheMessageListsTheAllowedSettings() {
        assertOnly(minimal().setting(null).diagnostics(), ERROR, MISSING_FIELD, "/setting",
                "needs a 'setting'", "school, workplace, community");
    }

    @Test
    void anEmptyScaleListIsReportedAtTheList() {
        assertOnly(minimal().scales().diagnostics(), ERROR, MISSING_FIELD, "/scales", "at least one scale");
    }

    @Test
    void anEmptyCompetencyListIsReportedAtTheList() {
        assertOnly(minimal().competencies().assessments().diagnostics(), ERROR, MISSING_FIELD, "/competencies",
                "at least one competency");
    }

    @Test
    void anEmptyModuleListIsReportedAtTheList() {
        assertOnly(minimal().modules().assessments(quiz("a1-quiz", COMPETENCY, "proficient").build()).diagnostics(),
                ERROR, MISSING_FIELD, "/modules", "at least one module");
    }

    @Test
    void aCompetencyWithoutScaleIsMissingItWhenTheCurriculumHasSeveralScales() {
        assertOnly(minimal().scale(Scale.of("frequency", "rarely", "often")).diagnostics(), ERROR, MISSING_FIELD,
                "/competencies/0/scale", "competency 'listening' needs a 'scale'", "2 scales (proficiency, frequency)");
    }

    @Test
    void anAssessmentOtherThanAScenarioNeedsAMaxScore() {
        Assessment noMax = Assessment.builder("a1-quiz", "Quiz", AssessmentKind.QUIZ).passScore(1)
                .measures(COMPETENCY, "proficient").build();
        assertOnly(minimal().assessments(noMax).diagnostics(), ERROR, MISSING_FIELD, "/assessments/0/max-score",
                "assessment 'a1-quiz' needs a 'max-score'");
    }

    @Test
    void aMeasureWithoutLevelIsMissingItWhenTheAssessmentHasNoBands() {
        Assessment noLevel = Assessment.builder("a1-quiz", "Quiz", AssessmentKind.QUIZ).scores(10, 8)
                .measures(COMPETENCY).build();
        assertOnly(minimal().assessments(noLevel).diagnostics(), ERROR, MISSING_FIELD,
                "/assessments/0/measures/0/level", "has no bands, so each measure needs the 'level'");
    }

    @Test
    void aScenarioWithoutVignettesIsMissingThemAndItsPassScoreIsNotAlsoReported() {
        Assessment empty = Assessment.builder("a2-triage", "Triage", AssessmentKind.SCENARIO).passScore(1)
                .measures(COMPETENCY, "advanced").build();
        assertOnly(minimal().escalation(Policies.standard().build()).assessment(empty).diagnostics(), ERROR,
                MISSING_FIELD, "/assessments/1/vignettes", "scenario assessment 'a2-triage' needs at least one vignette");
    }

    @Test
    void aScenarioInACurriculumWithoutEscalationPolicyReportsTheMissingPolicy() {
        assertOnly(minimal().assessment(scenario("a2-triage", COMPETENCY, "advanced").build()).diagnostics(), ERROR,
                MISSING_FIELD, "/escalation", "'a2-triage' is graded against the escalation policy",
                "the curriculum has none");
    }

    @Test
    void aPolicyWithoutTiersIsMissingThem() {
        assertSingle(minimal().escalation(Policies.standard().tiers().defaultTier("continue").rules().build())
                .diagnostics(), ERROR, MISSING_FIELD, "/escalation/tiers", "at least one tier");
    }
}
