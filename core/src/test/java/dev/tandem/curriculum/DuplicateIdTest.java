package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.DUPLICATE_ID;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.MODULE;
import static dev.tandem.testing.Curricula.SCALE;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.module;
import static dev.tandem.testing.Curricula.proficiency;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.Curricula.scenario;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;
import static dev.tandem.testing.DiagnosticAssertions.assertSingle;

import dev.tandem.assessment.Vignette;
import dev.tandem.competency.Domain;
import dev.tandem.competency.Scale;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import dev.tandem.testing.Policies;
import org.junit.jupiter.api.Test;

/** {@code duplicate-id}: an id repeats within its kind; the diagnostic points at the later occurrence. */
class DuplicateIdTest {

    @Test
    void aRepeatedScaleIdPointsAtTheLaterScale() {
        assertOnly(minimal().scale(proficiency()).competencies(competency(COMPETENCY).scale(SCALE).build())
                .diagnostics(), ERROR, DUPLICATE_ID, "/scales/1/id",
                "scale id 'proficiency' is already used by scale #1 (at /scales/0)");
    }

    @Test
    void aRepeatedLevelPointsAtItsLaterPosition() {
        assertOnly(minimal().scales(Scale.of(SCALE, "aware", "proficient", "aware")).diagnostics(), ERROR,
                DUPLICATE_ID, "/scales/0/levels/2", "level 'aware' appears twice in scale 'proficiency'");
    }

    @Test
    void aRepeatedDomainIdPointsAtTheLaterDomain() {
        assertOnly(minimal().domain(Domain.of("crisis", "Crisis")).domain(Domain.of("crisis", "Crisis again"))
                .diagnostics(), ERROR, DUPLICATE_ID, "/domains/1/id", "domain id 'crisis' is already used");
    }

    @Test
    void aRepeatedCompetencyIdPointsAtTheLaterCompetency() {
        assertOnly(minimal().competency(competency(COMPETENCY).build()).diagnostics(), ERROR, DUPLICATE_ID,
                "/competencies/1/id", "competency id 'listening' is already used by competency #1 (at /competencies/0)");
    }

    @Test
    void aRepeatedModuleIdPointsAtTheLaterModule() {
        assertOnly(minimal().module(module(MODULE).build()).diagnostics(), ERROR, DUPLICATE_ID, "/modules/1/id",
                "module id 'm1-foundations' is already used");
    }

    @Test
    void aRepeatedAssessmentIdPointsAtTheLaterAssessment() {
        assertOnly(minimal().assessment(quiz("a1-quiz", COMPETENCY, "developing").build()).diagnostics(), ERROR,
                DUPLICATE_ID, "/assessments/1/id", "assessment id 'a1-quiz' is already used");
    }

    @Test
    void aRepeatedVignetteIdPointsAtTheLaterVignetteOfItsAssessment() {
        assertOnly(minimal().escalation(Policies.standard().build()).assessment(scenario("a2-triage", COMPETENCY,
                "advanced").vignette(Vignette.of("v1", "Again", Observation.empty())).build()).diagnostics(), ERROR,
                DUPLICATE_ID, "/assessments/1/vignettes/1/id", "vignette id 'v1' is already used");
    }

    @Test
    void aRepeatedTierIdPointsAtTheLaterTier() {
        assertSingle(minimal().escalation(Policies.standard().tier(Tier.of("consult", "Again")).build())
                .diagnostics(), ERROR, DUPLICATE_ID, "/escalation/tiers/4/id", "tier id 'consult' is already used");
    }

    @Test
    void aRepeatedSignalIdPointsAtTheLaterSignal() {
        assertSingle(minimal().escalation(Policies.standard().signal(Signal.flag("plan")).build()).diagnostics(),
                ERROR, DUPLICATE_ID, "/escalation/signals/3/id", "signal id 'plan' is already used");
    }

    @Test
    void aRepeatedRuleIdPointsAtTheLaterRule() {
        assertSingle(minimal().escalation(Policies.standard().rule(Rule.of("ideation", Condition.flag("plan"),
                "refer", "Refer")).build()).diagnostics(), ERROR, DUPLICATE_ID, "/escalation/rules/3/id",
                "rule id 'ideation' is already used");
    }
}
