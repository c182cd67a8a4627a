package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.SCALE;
import static dev.tandem.testing.Curricula.certification;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.module;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.Curricula.requirement;
import static dev.tandem.testing.Curricula.scenario;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Domain;
import dev.tandem.competency.RelationType;
import dev.tandem.competency.Scale;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import dev.tandem.testing.Curricula;
import dev.tandem.testing.Policies;
import dev.tandem.training.TrainingModule;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code invalid-value}: a value out of range, blank, or not allowed where it stands. */
class InvalidValueTest {

    @Nested
    class Header {

        @Test
        void aCurriculumIdOutsideTheIdPatternIsInvalid() {
            assertOnly(minimal().id("Peer Support").diagnostics(), ERROR, INVALID_VALUE, "/id",
                    "'Peer Support' is not a valid curriculum id", "lower-case letters");
        }

        @Test
        void aBlankVersionIsInvalid() {
            assertOnly(minimal().version(" ").diagnostics(), ERROR, INVALID_VALUE, "/version",
                    "the curriculum's version is blank");
        }

        @Test
        void aBlankTitleIsInvalid() {
            assertOnly(minimal().title("").diagnostics(), ERROR, INVALID_VALUE, "/title",
                    "the curriculum's title is blank");
        }

        @Test
        void aBlankDescriptionIsInvalid() {
            assertOnly(minimal().description("  ").diagnostics(), ERROR, INVALID_VALUE, "/description",
                    "the curriculum's description is blank");
        }

        @Test
        void aLanguageThatIsNotABcp47TagIsInvalid() {
            assertOnly(minimal().language("english!").diagnostics(), ERROR, INVALID_VALUE, "/language",
                    "'english!' is not a BCP-47 language tag");
        }
    }

    @Nested
    class Scales {

        @Test
        void aScaleWithFewerThanTwoLevelsIsInvalid() {
            List<Diagnostic> diagnostics = minimal().scales(Scale.of(SCALE, "proficient")).diagnostics();
            assertOnly(diagnostics, ERROR, INVALID_VALUE, "/scales/0/levels",
                    "scale 'proficiency' needs at least 2 levels", "it has 1");
        }

        @Test
        void aLevelNameOutsideTheIdPatternIsInvalidAtItsPosition() {
            List<Diagnostic> diagnostics = minimal()
                    .scales(Scale.of(SCALE, "aware", "developing", "proficient", "Top Level")).diagnostics();
            assertOnly(diagnostics, ERROR, INVALID_VALUE, "/scales/0/levels/3", "'Top Level' is not a valid level id");
        }

        @Test
        void aBlankDomainTitleIsInvalid() {
            assertOnly(minimal().domain(Domain.of("crisis", " ")).diagnostics(), ERROR, INVALID_VALUE,
                    "/domains/0/title", "the title of domain 'crisis' is blank");
        }
    }

    @Nested
    class Competencies {

        @Test
        void aBlankCompetencyTitleIsInvalid() {
            assertOnly(minimal().competencies(dev.tandem.competency.Competency.builder(COMPETENCY, "\t").build()).diagnostics(), ERROR,
                    INVALID_VALUE, "/competencies/0/title", "the title of competency 'listening' is blank");
        }

        @Test
        void aBlankCompetencyDescriptionIsInvalid() {
            assertOnly(minimal().competencies(competency(COMPETENCY).description("").build()).diagnostics(), ERROR,
                    INVALID_VALUE, "/competencies/0/description", "the description of competency 'listening' is blank");
        }

        @Test
        void aBlankIndicatorIsInvalidAndNamedByItsNumber() {
            assertOnly(minimal().competencies(competency(COMPETENCY).indicator("Reflects feelings").indicator(" ")
                    .build()).diagnostics(), ERROR, INVALID_VALUE, "/competencies/0/indicators/1",
                    "indicator 2 of competency 'listening' is blank");
        }

        @Test
        void aCompetencyRelatingToItselfIsInvalid() {
            assertOnly(minimal().competencies(competency(COMPETENCY).relation(RelationType.RELATED, COMPETENCY)
                    .build()).diagnostics(), ERROR, INVALID_VALUE, "/competencies/0/relations/0/target",
                    "competency 'listening' cannot relate to itself");
        }
    }

    @Nested
    class Modules {

        @ParameterizedTest(name = "hours {0}")
        @ValueSource(doubles = {0, -1.5, Double.NaN, Double.POSITIVE_INFINITY})
        void moduleHoursMustBeANumberAboveZero(double hours) {
            assertOnly(minimal().modules(module(Curricula.MODULE).hours(hours).build()).diagnostics(), ERROR,
                    INVALID_VALUE, "/modules/0/hours", "module 'm1-foundations' has hours",
                    "hours must be a number above 0");
        }

        @Test
        void aBlankModuleTitleIsInvalid() {
            assertOnly(minimal().modules(TrainingModule.builder(Curricula.MODULE, "").build()).diagnostics(), ERROR,
                    INVALID_VALUE, "/modules/0/title", "the title of module 'm1-foundations' is blank");
        }

        @Test
        void aTargetLevelThatIsNotOnTheCompetencysScaleIsInvalid() {
            assertOnly(minimal().modules(module(Curricula.MODULE).targets(COMPETENCY, "expert").build())
                    .diagnostics(), ERROR, INVALID_VALUE, "/modules/0/targets/0/level",
                    "'expert' is not a level of scale 'proficiency'", "aware, developing, proficient, advanced");
        }
    }

    @Nested
    class Assessments {

        private List<Diagnostic> withAssessment(Assessment.Builder a) {
            return minimal().assessments(a.build()).diagnostics();
        }

        private List<Diagnostic> withScenario(Assessment.Builder a) {
            return minimal().escalation(Policies.standard().build()).assessment(a.build()).diagnostics();
        }

        @Test
        void aBlankAssessmentTitleIsInvalid() {
            assertOnly(withAssessment(Assessment.builder("a1-quiz", " ", AssessmentKind.QUIZ).scores(10, 8)
                    .measures(COMPETENCY, "proficient")), ERROR, INVALID_VALUE, "/assessments/0/title",
                    "the title of assessment 'a1-quiz' is blank");
        }

        @Test
        void aPassScoreAboveTheMaxScoreIsInvalid() {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "proficient").scores(10, 12)), ERROR, INVALID_VALUE,
                    "/assessments/0/pass-score", "'a1-quiz' has pass-score 12", "from 0 to max-score, 10");
        }

        @Test
        void aPassScoreEqualToTheMaxScoreIsValid() {
            org.assertj.core.api.Assertions.assertThat(
                    withAssessment(quiz("a1-quiz", COMPETENCY, "proficient").scores(10, 10))).isEmpty();
        }

        @Test
        void aNegativePassScoreIsInvalid() {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "proficient").scores(10, -1)), ERROR, INVALID_VALUE,
                    "/assessments/0/pass-score", "has pass-score -1");
        }

        @ParameterizedTest(name = "max-score {0}")
        @ValueSource(doubles = {0, -5, Double.POSITIVE_INFINITY})
        void aMaxScoreMustBeAboveZeroAndThePassScoreIsNotAlsoReported(double maxScore) {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "proficient").scores(maxScore, 8)), ERROR,
                    INVALID_VALUE, "/assessments/0/max-score", "'a1-quiz' has max-score", "it must be above 0");
        }

        @Test
        void aScenarioWithAMaxScoreIsInvalid() {
            assertOnly(withScenario(scenario("a2-triage", COMPETENCY, "advanced").scores(5, 1)), ERROR, INVALID_VALUE,
                    "/assessments/1/max-score", "scenario assessment 'a2-triage' takes no max-score");
        }

        @Test
        void aScenarioPassScoreAboveItsNumberOfVignettesIsInvalid() {
            assertOnly(withScenario(scenario("a2-triage", COMPETENCY, "advanced").passScore(2)), ERROR, INVALID_VALUE,
                    "/assessments/1/pass-score", "from 0 to its number of vignettes, 1");
        }

        @Test
        void vignettesOnAnAssessmentOtherThanAScenarioAreInvalid() {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "proficient")
                    .vignette(Vignette.of("v1", "A situation", Observation.empty()))), ERROR, INVALID_VALUE,
                    "/assessments/0/vignettes", "'a1-quiz' is a quiz; only scenario assessments have vignettes");
        }

        @Test
        void maxAttemptsBelowOneIsInvalid() {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "proficient").maxAttempts(0)), ERROR, INVALID_VALUE,
                    "/assessments/0/max-attempts", "has max-attempts 0; it must be at least 1");
        }

        @ParameterizedTest(name = "valid-for {0}")
        @ValueSource(strings = {"P0D", "-P1Y", "P1Y-13M"})
        void aValidityPeriodMustBeLongerThanZero(String period) {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "proficient").validFor(Period.parse(period))), ERROR,
                    INVALID_VALUE, "/assessments/0/valid-for", "the valid-for of assessment 'a1-quiz' is " + Period.parse(period),
                    "must be longer than zero");
        }

        @Test
        void aMeasureLevelIsInvalidWhenTheAssessmentAwardsByBands() {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "proficient").band(0.5, "developing")), ERROR,
                    INVALID_VALUE, "/assessments/0/measures/0/level", "awards by bands, so its measures carry no level");
        }

        @Test
        void aMeasureLevelThatIsNotOnTheScaleIsInvalid() {
            assertOnly(withAssessment(quiz("a1-quiz", COMPETENCY, "expert")), ERROR, INVALID_VALUE,
                    "/assessments/0/measures/0/level", "'expert' is not a level of scale 'proficiency' used by 'listening'");
        }

        @ParameterizedTest(name = "band min {0}")
        @ValueSource(doubles = {-0.1, 1.5})
        void aBandMinOutsideZeroToOneIsInvalid(double min) {
            assertOnly(withAssessment(Assessment.builder("a1-quiz", "Quiz", AssessmentKind.QUIZ).scores(10, 8)
                    .measures(COMPETENCY).band(min, "developing")), ERROR, INVALID_VALUE, "/assessments/0/bands/0/min",
                    "is a score fraction and must be from 0 to 1");
        }

        @ParameterizedTest(name = "band mins 0.8 then {0}")
        @ValueSource(doubles = {0.5, 0.8})
        void bandMinsThatDoNotIncreaseStrictlyAreInvalidAtTheLaterBand(double second) {
            assertOnly(withAssessment(Assessment.builder("a1-quiz", "Quiz", AssessmentKind.QUIZ).scores(10, 8)
                    .measures(COMPETENCY).band(0.8, "developing").band(second, "proficient")), ERROR, INVALID_VALUE,
                    "/assessments/0/bands/1/min", "band mins must increase strictly", "follows 0.8");
        }

        @Test
        void aBandLevelThatIsNotOnTheMeasuredScaleIsInvalid() {
            assertOnly(withAssessment(Assessment.builder("a1-quiz", "Quiz", AssessmentKind.QUIZ).scores(10, 8)
                    .measures(COMPETENCY).band(0.5, "expert")), ERROR, INVALID_VALUE, "/assessments/0/bands/0/level",
                    "'expert' is not a level of scale 'proficiency'");
        }

        @Test
        void aBlankVignettePromptIsInvalid() {
            assertOnly(withScenario(Assessment.builder("a2-triage", "Triage", AssessmentKind.SCENARIO).passScore(1)
                    .measures(COMPETENCY, "advanced").vignette(Vignette.of("v1", " ", Observation.empty()))), ERROR,
                    INVALID_VALUE, "/assessments/1/vignettes/0/prompt", "the prompt of vignette 'v1' is blank");
        }

        @Test
        void aVignetteSignalValueOutsideTheSignalsRangeIsInvalidAtThatSignal() {
            assertOnly(withScenario(Assessment.builder("a2-triage", "Triage", AssessmentKind.SCENARIO).passScore(1)
                    .measures(COMPETENCY, "advanced").vignette(Vignette.of("v1", "Very distressed",
                            Observation.builder().scale("distress", 11).build()))), ERROR, INVALID_VALUE,
                    "/assessments/1/vignettes/0/signals/distress", "vignette 'v1'", "from 0 to 10, not 11");
        }
    }

    @Nested
    class Certifications {

        @Test
        void aBlankCertificationTitleIsInvalid() {
            assertOnly(minimal().certification(new Certification(" ", ModuleSelection.allModules(), List.of(), null))
                    .diagnostics(), ERROR, INVALID_VALUE, "/certification/title", "the certification's title is blank");
        }

        @Test
        void aRequiredLevelThatIsNotOnTheScaleIsInvalid() {
            assertOnly(minimal().certification(certification(requirement(COMPETENCY, "master"))).diagnostics(), ERROR,
                    INVALID_VALUE, "/certification/competencies/0/level", "'master' is not a level of scale 'proficiency'");
        }

        @ParameterizedTest(name = "practice hours {0}")
        @ValueSource(doubles = {0, -40, Double.NaN})
        void practiceHoursMustBeAboveZero(double hours) {
            assertOnly(minimal().certification(certification(new PracticeRequirement(hours, null))).diagnostics(),
                    ERROR, INVALID_VALUE, "/certification/practice/hours", "must be a number above 0");
        }

        @ParameterizedTest(name = "within {0}")
        @ValueSource(strings = {"P0Y", "-P2Y"})
        void aPracticeWindowMustBeLongerThanZero(String within) {
            assertOnly(minimal().certification(certification(new PracticeRequirement(40, Period.parse(within))))
                    .diagnostics(), ERROR, INVALID_VALUE, "/certification/practice/within", "the practice window 'within' is " + Period.parse(within),
                    "must be longer than zero");
        }
    }

    @Nested
    class Escalation {

        private List<Diagnostic> withPolicy(Policies policy) {
            return minimal().escalation(policy.build()).diagnostics();
        }

        private List<Diagnostic> withRule(Condition when) {
            return withPolicy(Policies.standard().rule(Rule.of("extra", when, "consult", "Check in")));
        }

        @Test
        void aBlankTierTitleIsInvalid() {
            assertOnly(withPolicy(Policies.standard().tier(Tier.of("police", ""))), ERROR, INVALID_VALUE,
                    "/escalation/tiers/4/title", "the title of tier 'police' is blank");
        }

        @ParameterizedTest(name = "max {0}")
        @ValueSource(doubles = {5, 4})
        void aScaleSignalsMaxMustBeAboveItsMin(double max) {
            assertOnly(withPolicy(Policies.standard().signal(Signal.scale("energy", 5, max))), ERROR, INVALID_VALUE,
                    "/escalation/signals/3/max", "scale signal 'energy' has min 5", "max must be above min");
        }

        @Test
        void aScaleSignalNeedsFiniteBounds() {
            assertOnly(withPolicy(Policies.standard().signal(Signal.scale("energy", 0, Double.POSITIVE_INFINITY))),
                    ERROR, INVALID_VALUE, "/escalation/signals/3/max", "scale signal 'energy' needs a finite max");
        }

        @Test
        void aBlankActionIsInvalidAndNamedByItsNumber() {
            assertOnly(withPolicy(Policies.standard().rule(Rule.of("extra", Condition.flag("plan"), "consult", " "))),
                    ERROR, INVALID_VALUE, "/escalation/rules/3/actions/0", "action 1 of rule 'extra' is blank");
        }

        @Test
        void testingAScaleSignalAsAFlagIsInvalid() {
            assertOnly(withRule(Condition.flag("distress")), ERROR, INVALID_VALUE, "/escalation/rules/3/when",
                    "'distress' is a scale signal; test it with at-least or at-most");
        }

        @Test
        void comparingAFlagIsInvalidAtTheComparison() {
            assertOnly(withRule(Condition.atLeast("ideation", 1)), ERROR, INVALID_VALUE,
                    "/escalation/rules/3/when/at-least/ideation", "'ideation' is a flag; at-least and at-most compare");
        }

        @Test
        void aThresholdOutsideTheSignalsRangeIsInvalid() {
            assertOnly(withRule(Condition.atMost("distress", 11)), ERROR, INVALID_VALUE,
                    "/escalation/rules/3/when/at-most/distress",
                    "threshold 11 is outside the range of 'distress' (0 to 10)");
        }

        @Test
        void anEmptyAllIsInvalid() {
            assertOnly(withRule(Condition.all()), ERROR, INVALID_VALUE, "/escalation/rules/3/when/all",
                    "'all' needs at least one condition");
        }

        @Test
        void anEmptyAnyNestedInAnotherConditionIsInvalidAtItsOwnPath() {
            assertOnly(withRule(Condition.not(Condition.all(Condition.flag("plan"), Condition.any()))), ERROR,
                    INVALID_VALUE, "/escalation/rules/3/when/not/all/1/any", "'any' needs at least one condition");
        }

        @Test
        void aNegativeCountMinIsInvalid() {
            assertOnly(withRule(Condition.count(-1, Condition.flag("plan"))), ERROR, INVALID_VALUE,
                    "/escalation/rules/3/when/count/min", "count min -1 must be 0 or more");
        }

        @Test
        void aCountOfNoConditionsIsInvalid() {
            assertOnly(withRule(Condition.count(1)), ERROR, INVALID_VALUE, "/escalation/rules/3/when/count/of",
                    "'count' needs at least one condition");
        }
    }
}
